package dev.mailclip.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "clean", description = "(not yet)")
public final class CleanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
