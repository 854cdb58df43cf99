package dev.mailclip.mailbox;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByteLinesTest {
    /** An input that hands out at most a few bytes per read, so lines and marks straddle refills. */
    static InputStream trickle(byte[] data, long seed) {
        Random r = new Random(seed);
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + r.nextInt(7)));
            }
        };
    }

    @Test
    void linesKeepTheirTerminatorsAndJoinBackToTheInput() throws IOException {
        Random r = new Random(1);
        for (int round = 0; round < 200; round++) {
            byte[] data = new byte[r.nextInt(3000)];
            for (int i = 0; i < data.length; i++) {
                int k = r.nextInt(10);
                data[i] = (byte) (k == 0 ? '\n' : k == 1 ? '\r' : r.nextInt(256));
            }
            ByteLines lines = new ByteLines(round % 2 == 0 ? trickle(data, round) : new ByteArrayInputStream(data));
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            byte[] line;
            while ((line = lines.readLine()) != null) {
                assertTrue(line.length > 0);
                for (int i = 0; i < line.length - 1; i++) {
                    assertTrue(line[i] != '\n', "a line end only at the end");
                }
                joined.write(line);
            }
            assertArrayEquals(data, joined.toByteArray());
        }
    }

    @Test
    void aLineLongerThanTheMaximumComesInPieces() throws IOException {
        byte[] data = new byte[ByteLines.MAX_LINE * 2 + 10];
        java.util.Arrays.fill(data, (byte) 'x');
        data[data.length - 1] = '\n';
        ByteLines lines = new ByteLines(new ByteArrayInputStream(data));
        assertEquals(ByteLines.MAX_LINE, lines.readLine().length);
        assertFalse(lines.continued());
        assertEquals(ByteLines.MAX_LINE, lines.readLine().length);
        assertTrue(lines.continued(), "a later piece is not a line start");
        assertEquals(10, lines.readLine().length);
        assertTrue(lines.continued());
        assertNull(lines.readLine());
    }

    @Test
    void resetReturnsToTheMarkAcrossRefills() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            s.append("line ").append(i).append('\n');
        }
        byte[] data = s.toString().getBytes(StandardCharsets.US_ASCII);
        ByteLines lines = new ByteLines(trickle(data, 7));
        assertEquals("line 0\n", new String(lines.readLine(), StandardCharsets.US_ASCII));
        lines.mark(100_000);
        byte[] ahead = lines.readBytes(70_000);
        assertEquals(70_000, ahead.length);
        lines.readLine();
        lines.reset();
        assertEquals("line 1\n", new String(lines.readLine(), StandardCharsets.US_ASCII));
        assertEquals(data.length - 14, lines.readBytes(data.length).length, "the rest, and no more");
    }

    @Test
    void readingPastTheMarkLimitDropsTheMark() throws IOException {
        byte[] data = new byte[1 << 20];
        java.util.Arrays.fill(data, (byte) '\n');
        ByteLines lines = new ByteLines(new ByteArrayInputStream(data));
        lines.mark(10);
        lines.readBytes(200_000);
        assertThrows(IOException.class, lines::reset);
    }
}
