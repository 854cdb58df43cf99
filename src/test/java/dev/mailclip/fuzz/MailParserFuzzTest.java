package dev.mailclip.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mailclip.Limits;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.ParsedMail;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MIME layer on arbitrary bytes: a parsed message or an UnreadableMessageException with a
 * one-line reason; never another exception, a stack overflow or text over the limit.
 * Regression inputs: src/test/resources/dev/mailclip/fuzz/MailParserFuzzTestInputs/parse/.
 */
public class MailParserFuzzTest {
    static final Limits LIMITS = Limits.builder().maxParts(50).maxDepth(8).maxHeaderBytes(8192)
            .maxTextChars(16384).build();
    private static final MailParser PARSER = new MailParser(LIMITS);

    @FuzzTest(maxDuration = "3m")
    void parse(byte[] input) {
        Parse.fuzzerTestOneInput(input);
    }

    /** The target as the fuzz profile's driver runs it (scripts/fuzz.sh, for a set time). */
    public static final class Parse {
        public static void fuzzerTestOneInput(byte[] input) {
            try {
                ParsedMail m = PARSER.parse(input);
                assertNotNull(m.envelope());
                assertNotNull(m.content());
                assertTrue(m.content().text() == null || m.content().text().length() <= LIMITS.maxTextChars() * 2,
                        "text bounded (unflowing may only join lines)");
                assertTrue(m.content().html() == null || m.content().html().length() <= LIMITS.maxTextChars());
            } catch (UnreadableMessageException e) {
                assertNotNull(e.getMessage());
                assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
            }
        }
    }
}
