package dev.mailclip.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mailclip.Limits;
import dev.mailclip.Mailclip;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.mail.Content;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.recover.ClipContext;
import dev.mailclip.recover.Findings;
import dev.mailclip.recover.Recovery;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The recognisers, alone and behind the whole extract: no exception, and the record's HTML never
 * carries active content, whatever the input.
 * Regression inputs: src/test/resources/dev/mailclip/fuzz/RecoveryFuzzTestInputs/{recover,extract}/.
 */
public class RecoveryFuzzTest {
    private static final Recovery RECOVERY = new Recovery();
    private static final Mailclip MAILCLIP = new Mailclip(Limits.builder().maxParts(50).maxDepth(8)
            .maxTextChars(16384).build());

    @FuzzTest(maxDuration = "3m")
    void recover(FuzzedDataProvider data) {
        Recover.fuzzerTestOneInput(data);
    }

    @FuzzTest(maxDuration = "3m")
    void extract(byte[] input) {
        Extract.fuzzerTestOneInput(input);
    }

    /** The target as the fuzz profile's driver runs it (scripts/fuzz.sh, for a set time). */
    public static final class Recover {
        public static void fuzzerTestOneInput(FuzzedDataProvider data) {
            boolean html = data.consumeBoolean();
            String subject = data.consumeString(200);
            String body = data.consumeRemainingAsString();
            Findings f = RECOVERY.recover(html ? new Content(body, null) : new Content(null, body),
                    new ClipContext(LocalDate.of(2024, 3, 6), subject));
            assertSafe(f.html());
        }
    }

    /** The target as the fuzz profile's driver runs it (scripts/fuzz.sh, for a set time). */
    public static final class Extract {
        public static void fuzzerTestOneInput(byte[] input) {
            try {
                Article a = MAILCLIP.extract(new RawMessage(input, Origin.file("fuzz.eml", Origin.Format.MESSAGE)));
                assertNotNull(a.kind());
                assertSafe(a.html());
                ArticleJson.line(a); // the record always serialises
            } catch (UnreadableMessageException e) {
                assertNotNull(e.getMessage());
            }
        }
    }

    static void assertSafe(String html) {
        if (html == null) {
            return;
        }
        String lower = html.toLowerCase(Locale.ROOT);
        for (String bad : new String[]{"<script", "<iframe", "<form", "javascript:", " onerror=", " onclick=",
                " style="}) {
            assertFalse(lower.contains(bad), bad + " in " + html);
        }
    }
}
