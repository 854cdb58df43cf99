package dev.mailclip;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Matcher;
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
    /** java.io.FileNotFoundException's "PATH (Reason)"; the reason holds no parentheses */
    private static final Pattern IO_MESSAGE = Pattern.compile("(\\S.{0,4000}?) \\(([^()]{1,200})\\)");

    private OneLine() {
    }

    public static String of(Throwable t) {
        String m = t.getMessage();
        if (t instanceof EOFException) {
            m = "truncated (" + (m == null || m.isBlank() ? "unexpected end of the data" : m) + ")";
        } else if (m == null || m.isBlank()) {
            m = t.getClass().getSimpleName();
        }
        Throwable file = fileCause(t);
        if (file != null) {
            String said = file.getMessage();
            String plain = file instanceof FileSystemException fs ? describe(fs) : describeNotFound(said);
            String path = file instanceof FileSystemException fs ? fs.getFile() : plain.substring(0, plain.lastIndexOf(": "));
            if (m.equals(said)) {
                m = plain;
            } else if (m.contains("(" + said + ")")) {
                m = m.replace(" (" + said + ")", " " + plain).replace("(" + said + ")", plain);
            } else if (!m.contains(path)) {
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

    /** java.io's "PATH (Reason)" as "PATH: reason". */
    private static String describeNotFound(String said) {
        Matcher m = IO_MESSAGE.matcher(said);
        return m.matches() ? m.group(1) + ": " + m.group(2).toLowerCase(Locale.ROOT) : said + ": cannot be opened";
    }

    /** The first failure on a named file in the chain: a FileSystemException, or java.io's "PATH (Reason)". */
    private static Throwable fileCause(Throwable t) {
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return fs;
            }
            if (t instanceof FileNotFoundException && t.getMessage() != null && IO_MESSAGE.matcher(t.getMessage()).matches()) {
                return t;
            }
        }
        return null;
    }
}
