package dev.mailclip.cli;

import dev.mailclip.OneLine;
import dev.mailclip.Mailclip;
import dev.mailclip.article.Article;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Reads the records of one input file (or standard input, "-") for {@code extract} and {@code clean}. */
final class SingleInput {
    /** A bad input, as one line naming the file. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    /** What a read came to. */
    record Counts(long messages, long failed, boolean mailbox) {
    }

    private SingleInput() {
    }

    /**
     * Extracts every message (up to {@code limit}) in order. A message that cannot be read is told to
     * {@code bad} as one line with its place ({@code box.mbox#2 (byte 74): reason}) and the others go on.
     *
     * @param records told each record and whether it came from a mailbox (several messages in one file)
     * @throws BadInput when the input cannot be opened, is not mail, holds no message, or cannot be read
     *                  to its end (after the records read so far were told)
     */
    static Counts each(Path file, long limit, BiConsumer<Article, Boolean> records, Consumer<String> bad)
            throws BadInput {
        Mailclip mailclip = new Mailclip();
        long messages = 0;
        long failed = 0;
        boolean mailbox = false;
        try (MessageSource source = Sources.open(file)) {
            RawMessage raw;
            while (messages < limit && (raw = source.next()) != null) {
                messages++;
                mailbox |= raw.origin().index() > 0;
                Article a;
                try {
                    a = mailclip.extract(raw);
                } catch (Exception | StackOverflowError e) {
                    failed++;
                    bad.accept(place(raw, source.lastOffset()) + ": " + OneLine.of(e));
                    continue;
                }
                records.accept(a, mailbox);
            }
        } catch (IOException e) {
            throw new BadInput(OneLine.of(e));
        }
        if (messages == 0) {
            throw new BadInput(name(file) + ": no message in it");
        }
        return new Counts(messages, failed, mailbox);
    }

    /** "box.mbox#2 (byte 74)" for a message of a mailbox, the file's name for a file. */
    static String place(RawMessage raw, long offset) {
        return raw.origin().source() + (offset >= 0 ? " (byte " + offset + ")" : "");
    }

    static String name(Path file) {
        return dev.mailclip.mailbox.StandardInput.isStdin(file) ? dev.mailclip.mailbox.StandardInput.NAME : file.toString();
    }
}
