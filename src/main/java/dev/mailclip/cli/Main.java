package dev.mailclip.cli;

import dev.mailclip.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mailclip} command line. */
@Command(name = "mailclip", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Recovers clipped web articles from email.",
        subcommands = {ExtractCommand.class, CleanCommand.class, ImportCommand.class, SearchCommand.class,
                ShowCommand.class, ListCommand.class, ExportCommand.class})
public final class Main implements Runnable {

    /** Exit code when an input cannot be read or is not what it must be. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code when the sink cannot be opened or written. */
    public static final int EXIT_SINK = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        MailStreams.pin();
        CommandLine cl = new CommandLine(new Main());
        // a user never sees a stack trace: unexpected failures become one line and exit code 1
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("mailclip: " + OneLine.of(ex));
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (Error e) {
            // picocli hands on Errors (out of memory, a class that failed to load): still one line
            cl.getErr().println("mailclip: internal error: " + OneLine.of(e));
            cl.getErr().flush();
            return 1;
        }
    }


    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"mailclip " + (v == null ? "dev" : v)};
        }
    }
}
