package dev.mailclip.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder: owned by the mailbox-import work. */
@Command(name = "import", description = "(not yet)")
public final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("mailclip import: not implemented yet");
        return 1;
    }
}
