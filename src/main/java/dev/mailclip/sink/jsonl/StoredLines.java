package dev.mailclip.sink.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mailclip.article.ArticleJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an existing JSON Lines file back for what its sink must know of it: each line's message id, article key
 * and sightings' message ids, and where the line starts. Only those values are decoded; the tokenizer skips every
 * other one (the text and HTML, most of the bytes), so that reopening a large archive costs a scan of it, not a
 * tree of every record.
 */
final class StoredLines {
    /** What one record line holds of identities. */
    record Line(String id, String articleKey, List<String> sightingIds, long offset) {
    }

    /** A whole line, not the last, that is not a JSON object: the file is not this sink's. */
    static final class NotARecord extends Exception {
        final long endsAt;

        NotARecord(long endsAt) {
            super("line ending at byte " + endsAt + " is not a record");
            this.endsAt = endsAt;
        }
    }

    private static final JsonFactory JSON = ArticleJson.mapper().getFactory();

    private StoredLines() {
    }

    /**
     * Hands every record line of the file to {@code lines}, in order.
     *
     * @return the length of the file's good lines: what lies beyond is a last line a killed run cut short (no
     *         newline, or not JSON), for the sink to remove
     */
    static long read(Path file, java.util.function.Consumer<Line> lines) throws IOException, NotARecord {
        long length = Files.size(file);
        byte[] buf = new byte[1 << 20];
        int filled = 0;
        int lineStart = 0;
        int scanFrom = 0;
        long bufStart = 0; // the file offset of buf[0]
        long good = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int nl;
                while ((nl = indexOfNewline(buf, scanFrom, filled)) >= 0) {
                    long end = bufStart + nl + 1;
                    if (!isBlank(buf, lineStart, nl)) {
                        Line line = parse(buf, lineStart, nl - lineStart, bufStart + lineStart);
                        if (line == null) {
                            if (end == length) {
                                return good; // a torn last line
                            }
                            throw new NotARecord(end);
                        }
                        lines.accept(line);
                    }
                    good = end;
                    lineStart = nl + 1;
                    scanFrom = lineStart;
                }
                scanFrom = filled;
                // keep the line begun, and read on after it
                System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
                filled -= lineStart;
                scanFrom -= lineStart;
                bufStart += lineStart;
                lineStart = 0;
                if (filled == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2); // one line longer than the buffer
                }
                int n = in.read(buf, filled, buf.length - filled);
                if (n < 0) {
                    return good; // what follows the last newline has none: cut short
                }
                filled += n;
            }
        }
    }

    /** The line's identities, or null when it is not a JSON object. */
    private static Line parse(byte[] buf, int off, int len, long offset) {
        try (JsonParser p = JSON.createParser(buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            String key = null;
            List<String> sightingIds = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = scalar(p);
                    case "articleKey" -> key = scalar(p);
                    case "sightings" -> sightingIds = sightingIds(p);
                    default -> p.skipChildren();
                }
            }
            return p.currentToken() == JsonToken.END_OBJECT ? new Line(id, key, sightingIds, offset) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The ids of a {@code sightings} array's objects; the parser stands on the value and is left on its end. */
    private static List<String> sightingIds(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("id")) {
                    ids.add(scalar(p));
                } else {
                    p.skipChildren();
                }
            }
        }
        return ids;
    }

    /** A scalar value as text (null for null, an object or an array, which is skipped). */
    private static String scalar(JsonParser p) throws IOException {
        String value = p.getValueAsString();
        p.skipChildren();
        return value;
    }

    private static int indexOfNewline(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0b) {
                return false;
            }
        }
        return true;
    }
}
