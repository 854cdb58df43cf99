package dev.mailclip.cli;

/**
 * Names Jakarta Mail's stream provider up front. Jakarta Mail 2.1 otherwise finds it with a
 * ServiceLoader scan of every jar on the classpath each time it reads a header block, opens a part
 * or decodes an encoded word: 16% of an import's CPU (BENCHMARKS.md). With the system property
 * set, the lookup is a Class.forName of an already loaded class.
 * <p>
 * Done by the command line only, where the application class loader sees Angus: in a host (the
 * Tika plugin) another loader may not, and a named provider that cannot be loaded fails every parse.
 */
public final class MailStreams {
    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreams() {
    }

    /** Sets the property unless the user did, when Angus is on the system class path. */
    public static void pin() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Class.forName(ANGUS, false, ClassLoader.getSystemClassLoader());
            System.setProperty(PROPERTY, ANGUS);
        } catch (ClassNotFoundException | LinkageError e) {
            // another provider, or none: leave Jakarta Mail's own lookup alone
        }
    }
}
