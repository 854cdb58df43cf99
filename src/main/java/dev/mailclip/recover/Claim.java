package dev.mailclip.recover;

/**
 * A value a recogniser found, with where it found it.
 *
 * @param evidence short and stable, e.g. {@code reader-view:h1}, {@code line:date}, {@code markdown:trailing-url}
 */
public record Claim(String value, String evidence) {
}
