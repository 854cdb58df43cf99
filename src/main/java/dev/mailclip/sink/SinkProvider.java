package dev.mailclip.sink;

/**
 * Makes sinks for one URI scheme ({@code sqlite}, {@code jsonl}, {@code markdown}, ...).
 * Registered in {@code META-INF/services/dev.mailclip.sink.SinkProvider}, so a third party adds a
 * sink by putting a jar on the classpath.
 */
public interface SinkProvider {

    /** The scheme this provider answers to, lower case, e.g. {@code sqlite}. */
    String scheme();

    /**
     * Opens a sink.
     *
     * @param target the part of the sink URI after "scheme:", e.g. a path, or "-" for standard output
     */
    Sink open(String target) throws SinkException;

    /**
     * Opens what a sink of this scheme wrote, to be read back ({@code show}, {@code list}, {@code export}).
     * The default: this sink cannot be read back.
     */
    default Archive openArchive(String target) throws SinkException {
        throw new SinkException(scheme() + ": an archive of this kind cannot be read back");
    }

    /** Whether {@link #openArchive} gives an archive that can {@link Archive#search search}. */
    default boolean canSearch() {
        return false;
    }
}
