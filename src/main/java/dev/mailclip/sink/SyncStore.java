package dev.mailclip.sink;

/**
 * Where an incremental source (an IMAP folder) stopped, kept with the records it fed: per folder the
 * server's UIDVALIDITY and the highest UID whose message is stored. A sink that implements this keeps the
 * marks in the archive itself, written in the same transaction as the records before them, so a mark never
 * runs ahead of what is stored. Sinks that do not are given a side file ({@code dev.mailclip.imap.SyncStores}).
 */
public interface SyncStore {

    /** Where a folder stopped: its UIDVALIDITY and the last UID stored. */
    record Mark(long uidValidity, long lastUid) {
    }

    /** @param folder the folder's URL without password, e.g. {@code imaps://jane@imap.example.org/INBOX} */
    Mark mark(String folder) throws SinkException;

    /** Makes everything accepted so far durable, then the mark with it. */
    void mark(String folder, Mark mark) throws SinkException;
}
