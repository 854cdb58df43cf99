package dev.mailclip.mailbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Several sources read one after the other, as one. Closing it closes them all. */
final class ConcatSource implements MessageSource {
    private final List<MessageSource> sources;
    private int current;

    public ConcatSource(List<? extends MessageSource> sources) {
        this.sources = new ArrayList<>(sources);
    }

    @Override
    public RawMessage next() throws IOException {
        while (current < sources.size()) {
            RawMessage m = sources.get(current).next();
            if (m != null) {
                return m;
            }
            sources.get(current).close(); // release file handles as soon as a source is done
            current++;
        }
        return null;
    }

    @Override
    public long lastOffset() {
        return current < sources.size() ? sources.get(current).lastOffset() : -1;
    }

    @Override
    public long bytesRead() {
        long sum = 0;
        for (MessageSource s : sources) {
            long n = s.bytesRead();
            if (n < 0) {
                return -1;
            }
            sum += n;
        }
        return sum;
    }

    @Override
    public long totalBytes() {
        long sum = 0;
        for (MessageSource s : sources) {
            long n = s.totalBytes();
            if (n < 0) {
                return -1;
            }
            sum += n;
        }
        return sum;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (MessageSource s : sources) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
