package dev.mailclip.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder: owned by the mailbox-import work. */
@Command(name = "search", description = "(not yet)")
public final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("mailclip search: not implemented yet");
        return 1;
    }
}
