package dev.mailclip.cli;

import dev.mailclip.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mailclip} command line. */
@Command(name = "mailclip", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Recovers clipped web articles from email.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every message was read (a record, a duplicate or quarantined)",
                "1:an internal error (one line, no stack trace)",
                "2:an input cannot be read or is not mail, or an option value is wrong (one line naming it)",
                "3:the sink or output file cannot be written",
                "4:extract: some messages of a mailbox could not be read (each named on stderr), the others printed",
                "5:import: the --report file cannot be written (the import itself is done)",
                "6:import: the mail server refused the login (one line naming the server)",
                "7:import: the connection to the mail server was lost and did not come back (what was read is stored)"},
        subcommands = {ExtractCommand.class, CleanCommand.class, ImportCommand.class, SearchCommand.class,
                ShowCommand.class, ListCommand.class, ExportCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        MailStreams.pin();
        CommandLine cl = new CommandLine(new Main());
        // a user never sees a stack trace: unexpected failures become one line and exit code 1
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null) {
                sub.getCommandSpec().versionProvider(new Version());
            }
        }
        // a bad option or option value is one line naming it, then where to read more
        cl.setParameterExceptionHandler((ex, args1) -> {
            CommandLine cmd = ex.getCommandLine();
            String name = cmd.getCommandSpec().qualifiedName();
            cmd.getErr().println(name + ": " + OneLine.of(ex) + " (see " + name + " --help)");
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("mailclip: " + OneLine.of(ex));
            return ExitCodes.INTERNAL;
        });
        try {
            return cl.execute(args);
        } catch (Error e) {
            // picocli hands on Errors (out of memory, a class that failed to load): still one line
            cl.getErr().println("mailclip: internal error: " + OneLine.of(e));
            cl.getErr().flush();
            return ExitCodes.INTERNAL;
        }
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"mailclip " + version()};
        }

        /** The version Maven built: the jar's pom.properties, else the manifest's, else "dev". */
        static String version() {
            try (java.io.InputStream in = Main.class.getResourceAsStream(
                    "/META-INF/maven/dev.mailclip/mailclip/pom.properties")) {
                if (in != null) {
                    java.util.Properties p = new java.util.Properties();
                    p.load(in);
                    String v = p.getProperty("version");
                    if (v != null && !v.isBlank()) {
                        return v.trim();
                    }
                }
            } catch (java.io.IOException e) {
                // fall back below
            }
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}
