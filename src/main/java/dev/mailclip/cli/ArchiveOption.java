package dev.mailclip.cli;

import dev.mailclip.OneLine;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Sinks;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code --sink URI}: the archive {@code show}, {@code list} and {@code export} read, through the sink SPI. */
final class ArchiveOption {
    @Option(names = "--sink", paramLabel = "URI", defaultValue = Sinks.DEFAULT_URI,
            description = "the archive to read: sqlite:PATH, jsonl:FILE, solr:... (default: ${DEFAULT-VALUE})")
    String sink;

    /** What the archive gives, read in one go. */
    @FunctionalInterface
    interface Read<T> {
        T from(Archive archive) throws SinkException;
    }

    /**
     * Opens the archive, reads, closes it.
     *
     * @return what was read, or null after telling the user in one line why not
     */
    <T> T read(String command, PrintWriter err, Read<T> read) {
        try (Archive archive = Sinks.openArchive(sink)) {
            return read.from(archive);
        } catch (SinkException e) {
            err.println("mailclip " + command + ": " + OneLine.of(e));
            return null;
        }
    }
}
