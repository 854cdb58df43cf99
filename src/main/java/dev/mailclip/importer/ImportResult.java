package dev.mailclip.importer;

/**
 * The end of an import.
 *
 * @param counts     what became of the messages read
 * @param seconds    wall time
 * @param inputError one line naming the input that could not be read to its end, or null
 */
public record ImportResult(ImportCounts counts, double seconds, String inputError) {
    public double messagesPerSecond() {
        return seconds > 0 ? counts.messages() / seconds : 0;
    }
}
