package dev.mailclip.cli;

/**
 * What {@code mailclip}'s exit code says (the README's table and every command's {@code --help} list them):
 * 0 when every message is accounted for.
 */
public final class ExitCodes {
    /** Every message is accounted for (a record, a duplicate or quarantined). */
    public static final int OK = 0;
    /** An internal error (one line). */
    public static final int INTERNAL = 1;
    /** An input cannot be read or is not what it must be, or an option value is wrong. */
    public static final int BAD_INPUT = 2;
    /** The sink (or an output file) cannot be opened or written. */
    public static final int SINK = 3;
    /** {@code extract}: some messages of a mailbox failed (each reported on stderr). */
    public static final int SOME_FAILED = 4;
    /** {@code import}: its {@code --report} file cannot be written. */
    public static final int REPORT = 5;
    /** {@code import}: an IMAP server refuses the login. */
    public static final int LOGIN = 6;
    /** {@code import}: the connection to an IMAP server is lost for good (retries spent). */
    public static final int CONNECTION_LOST = 7;

    private ExitCodes() {
    }
}
