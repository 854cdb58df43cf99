package dev.mailclip.sink;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: to a temporary sibling, then renamed over the target. */
public final class AtomicFiles {
    /** Temporary files end so; sinks delete leftovers of a killed run when they open. */
    public static final String TEMP_SUFFIX = ".mailclip-tmp";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
