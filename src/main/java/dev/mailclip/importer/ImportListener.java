package dev.mailclip.importer;

/** Told of progress by the importer's writing thread after each message; keep it cheap. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (counts, bytesRead, totalBytes) -> { };

    /**
     * @param bytesRead  bytes of input consumed, -1 when unknown
     * @param totalBytes bytes of input in all, -1 when unknown
     */
    void progress(ImportCounts counts, long bytesRead, long totalBytes);
}
