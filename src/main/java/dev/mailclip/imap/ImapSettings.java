package dev.mailclip.imap;

import java.time.Duration;

/**
 * How an IMAP folder is read.
 *
 * @param batch   UIDs fetched per round trip (their size, flags and Gmail labels in one FETCH)
 * @param retries reconnects in a row without a message read in between before the import gives up
 * @param backoff wait before the first reconnect; doubled for each further one
 * @param poll    with --watch: how long one IDLE lasts before it is renewed, or the poll interval of a
 *                server that cannot IDLE
 */
public record ImapSettings(int batch, int retries, Duration backoff, Duration poll) {
    public static final ImapSettings DEFAULTS = new ImapSettings(200, 5, Duration.ofSeconds(1), Duration.ofMinutes(1));

    public ImapSettings {
        if (batch < 1 || retries < 0 || backoff.isNegative() || poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("IMAP batch and poll interval must be positive");
        }
    }
}
