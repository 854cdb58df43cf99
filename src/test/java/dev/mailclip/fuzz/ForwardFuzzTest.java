package dev.mailclip.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mailclip.mail.Content;
import dev.mailclip.forward.ForwardUnwrapper;
import dev.mailclip.forward.Unwrapped;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forward unwrapper on arbitrary HTML and text: no exception, and the inner message is never
 * longer than what was given (peeling only takes away).
 * Regression inputs: src/test/resources/dev/mailclip/fuzz/ForwardFuzzTestInputs/unwrap/.
 */
public class ForwardFuzzTest {
    private static final ForwardUnwrapper UNWRAPPER = new ForwardUnwrapper();

    @FuzzTest(maxDuration = "3m")
    void unwrap(FuzzedDataProvider data) {
        Unwrap.fuzzerTestOneInput(data);
    }

    /** The target as the fuzz profile's driver runs it (scripts/fuzz.sh, for a set time). */
    public static final class Unwrap {
        public static void fuzzerTestOneInput(FuzzedDataProvider data) {
            boolean withHtml = data.consumeBoolean();
            String html = withHtml ? data.consumeString(4000) : null;
            String text = data.consumeRemainingAsString();
            Unwrapped u = UNWRAPPER.unwrap(new Content(html, text));
            assertNotNull(u.inner());
            assertNotNull(u.layers());
            if (u.inner().text() != null && text != null) {
                assertTrue(u.inner().text().length() <= text.length() + 1, "inner text within the body");
            }
        }
    }
}
