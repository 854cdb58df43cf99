package dev.mailclip.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mailclip.Limits;
import dev.mailclip.mailbox.MboxSource;
import dev.mailclip.mailbox.RawMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mbox splitter on arbitrary bytes: it ends, refuses what is no mailbox with a one-line IOException, and never
 * makes bytes up (mboxrd unescaping and dropped separators only ever shrink the input).
 * Regression inputs: src/test/resources/dev/mailclip/fuzz/MboxFuzzTestInputs/split/.
 */
public class MboxFuzzTest {
    /** small limits, so the fuzzer reaches the over-limit paths with small inputs */
    static final Limits LIMITS = Limits.builder().maxMessageBytes(4096).build();

    @FuzzTest(maxDuration = "3m")
    void split(byte[] input) {
        Split.fuzzerTestOneInput(input);
    }

    /** The target as the fuzz profile's driver runs it (scripts/fuzz.sh, for a set time). */
    public static final class Split {
        public static void fuzzerTestOneInput(byte[] input) {
            long total = 0;
            int messages = 0;
            try (MboxSource box = MboxSource.of("fuzz.mbox", new ByteArrayInputStream(input), LIMITS)) {
                for (RawMessage m; (m = box.next()) != null; ) {
                    messages++;
                    total += m.size();
                    assertTrue(m.bytes().length <= m.size(), "head within the message");
                    assertTrue(!m.truncated() || m.size() > LIMITS.maxMessageBytes(), "cut only when over the limit");
                    assertTrue(m.origin().index() == messages, "numbered in order");
                }
            } catch (IOException e) {
                // bytes that are no mailbox: refused in one line that names the input, as the user sees it
                assertTrue(e.getMessage() != null && e.getMessage().startsWith("fuzz.mbox")
                        && !e.getMessage().contains("\n"), "one line naming the input: " + e.getMessage());
                return;
            }
            assertTrue(total <= input.length, "no bytes made up: " + total + " > " + input.length);
            assertTrue(messages <= input.length / 5 + 1, "at most one message per \"From \" line");
        }
    }
}
