package dev.mailclip.sink.jsonl;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSONL sink counts where each line starts without encoding it twice: the count is what the writer wrote. */
class Utf8LengthTest {

    @Test
    void countsWhatTheWriterWrites() throws Exception {
        char[] awkward = {'a', '\n', 'é', 'ß', '€', '中', '\uD83D', '\uDE00', '\uDC00', '\uD800', '\u0000', '\uFFFF'};
        Random random = new Random(17);
        for (int round = 0; round < 2000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                s.append(awkward[random.nextInt(awkward.length)]);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                w.write(s.toString());
            }
            assertEquals(bytes.size(), JsonlSink.utf8Length(s.toString()), s.toString());
        }
    }
}
