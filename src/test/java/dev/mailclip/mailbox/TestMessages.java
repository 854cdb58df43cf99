package dev.mailclip.mailbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Numbered synthetic messages for importer tests: message i of "box.mbox" has Message-ID {@code <i@t>}. */
public final class TestMessages {
    private TestMessages() {
    }

    public static MessageSource numbered(int n) {
        return numbered(n, -1);
    }

    /** @param failAfter the read after this many messages fails with an IOException; -1: never */
    public static MessageSource numbered(int n, int failAfter) {
        return new MessageSource() {
            int i;

            @Override
            public RawMessage next() throws IOException {
                if (i == failAfter) {
                    throw new IOException("box.mbox: read error at byte 42");
                }
                if (i >= n) {
                    return null;
                }
                i++;
                byte[] b = ("Message-ID: <" + i + "@t>\nSubject: " + i + "\n\nbody " + i + "\n")
                        .getBytes(StandardCharsets.US_ASCII);
                return new RawMessage(b, new Origin("box.mbox", i, null, List.of(), null, Origin.Format.MESSAGE));
            }

            @Override
            public void close() {
            }
        };
    }
}
