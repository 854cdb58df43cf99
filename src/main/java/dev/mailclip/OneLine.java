package dev.mailclip;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The message of a failure as one line fit to show a user: whitespace collapsed, the exception's
 * type when it has no message, bounded in length (some libraries put whole documents in messages).
 * A file-system failure names its file and its cause ({@code /x: permission denied}), also where a
 * caller wrapped it as {@code cannot open (/x)}.
 */
public final class OneLine {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX = 500;

    private OneLine() {
    }

    public static String of(Throwable t) {
        String m = t.getMessage();
        if (t instanceof EOFException) {
            m = "truncated (" + (m == null || m.isBlank() ? "unexpected end of the data" : m) + ")";
        } else if (m == null || m.isBlank()) {
            m = t.getClass().getSimpleName();
        }
        FileSystemException fs = fileSystemCause(t);
        if (fs != null && fs.getFile() != null) {
            String said = fs.getMessage();
            String plain = describe(fs);
            if (m.equals(said)) {
                m = plain;
            } else if (said != null && m.contains("(" + said + ")")) {
                m = m.replace(" (" + said + ")", " " + plain).replace("(" + said + ")", plain);
            } else if (!m.contains(fs.getFile())) {
                m = m + ": " + plain;
            }
        }
        m = SPACES.matcher(m).replaceAll(" ").trim();
        return m.length() > MAX ? m.substring(0, MAX) + "…" : m;
    }

    /** "FILE: permission denied", "FILE: no such file or directory", "FILE: REASON". */
    public static String describe(FileSystemException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "already exists";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a directory";
        } else if (e instanceof DirectoryNotEmptyException) {
            reason = "directory not empty";
        } else if (e instanceof FileSystemLoopException) {
            reason = "a loop of links";
        } else if (e.getReason() != null && !e.getReason().isBlank()) {
            reason = e.getReason().toLowerCase(Locale.ROOT);
        } else {
            reason = e.getClass().getSimpleName();
        }
        String file = e.getFile();
        if (e.getOtherFile() != null) {
            file = file + " -> " + e.getOtherFile();
        }
        return file + ": " + reason;
    }

    private static FileSystemException fileSystemCause(Throwable t) {
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof FileSystemException fs) {
                return fs;
            }
        }
        return null;
    }
}
