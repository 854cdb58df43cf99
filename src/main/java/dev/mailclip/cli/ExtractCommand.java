package dev.mailclip.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "extract", description = "(not yet)")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
