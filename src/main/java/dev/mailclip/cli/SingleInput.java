package dev.mailclip.cli;

import dev.mailclip.OneLine;
import dev.mailclip.Mailclip;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Article;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the records of one input file for {@code extract} and {@code clean}. */
final class SingleInput {
    /** A bad input, as one line naming the file. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private SingleInput() {
    }

    static List<Article> read(Path file, int limit) throws BadInput {
        Mailclip mailclip = new Mailclip();
        List<Article> out = new ArrayList<>();
        try (MessageSource source = Sources.open(file)) {
            RawMessage raw;
            while (out.size() < limit && (raw = source.next()) != null) {
                try {
                    out.add(mailclip.extract(raw));
                } catch (UnreadableMessageException e) {
                    throw new BadInput(raw.origin().source() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new BadInput(OneLine.of(e));
        }
        if (out.isEmpty()) {
            throw new BadInput(file + ": no message in it");
        }
        return out;
    }
}
