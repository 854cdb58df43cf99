package dev.mailclip.sink;

/**
 * One quarantined message as an archive lists it ({@link Archive#quarantined}): its reason and where it came
 * from, without its bytes ({@link Archive#quarantinedBytes} gives those, one message at a time).
 *
 * @param id     the message's identity, as {@link Quarantined#id()}
 * @param source where it was read ("path#N"), or null
 * @param at     when it was quarantined (an instant), or null when the archive does not say
 * @param size   the raw message's length in bytes
 */
public record QuarantineEntry(String id, String reason, String source, String at, long size) {
}
