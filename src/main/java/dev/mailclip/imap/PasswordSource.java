package dev.mailclip.imap;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the IMAP password comes from: an environment variable, a file (its first line), or a prompt on
 * the terminal. Never a command-line argument, which would stay in the shell's history and in {@code ps}.
 * The password is read when the first connection is made and kept for reconnects.
 */
@FunctionalInterface
public interface PasswordSource {

    /** @throws IOException with one line saying why there is no password */
    String password(ImapUrl server) throws IOException;

    /** The value of an environment variable. */
    static PasswordSource env(String variable, Map<String, String> environment) {
        return server -> {
            String v = environment.get(variable);
            if (v == null || v.isEmpty()) {
                throw new IOException("--password-env " + variable + ": the variable is not set");
            }
            return v;
        };
    }

    /** The first line of a file (a trailing newline is not part of the password). */
    static PasswordSource file(Path file) {
        return server -> {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException("--password-file " + dev.mailclip.OneLine.of(e), e);
            }
            int nl = text.indexOf('\n');
            String line = nl >= 0 ? text.substring(0, nl) : text;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new IOException("--password-file " + file + ": the first line is empty");
            }
            return line;
        };
    }

    /** A prompt on the terminal, without echo; none when there is no terminal. */
    static PasswordSource prompt(Console console) {
        return server -> {
            if (console == null) {
                throw new IOException(server.server() + ": no password (--password-env VAR or --password-file FILE;"
                        + " a prompt needs a terminal)");
            }
            char[] p = console.readPassword("Password for %s: ", server.server());
            if (p == null || p.length == 0) {
                throw new IOException(server.server() + ": no password given");
            }
            return new String(p);
        };
    }

    /** Asks {@code inner} once and keeps the answer (a reconnect must not prompt again). */
    static PasswordSource once(PasswordSource inner) {
        return new PasswordSource() {
            private String kept;

            @Override
            public synchronized String password(ImapUrl server) throws IOException {
                if (kept == null) {
                    kept = inner.password(server);
                }
                return kept;
            }
        };
    }
}
