package dev.mailclip.imap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An IMAP folder named on the command line: {@code imaps://user@host[:port]/Folder} (TLS from the first
 * byte) or {@code imap://user@host[:port]/Folder} (STARTTLS, required). The folder is the URL's path,
 * percent-decoded, so {@code [Gmail]/All%20Mail} and {@code Archiv/Gelesen%20Artikel%20%C3%A4} name
 * what the user sees; an empty path is {@code INBOX}. A password in the URL is refused: it would land in
 * the shell's history.
 *
 * @param secure whether TLS starts at once (imaps) rather than by STARTTLS (imap)
 * @param port   the port, -1 for the protocol's default
 */
public record ImapUrl(boolean secure, String user, String host, int port, String folder) {

    /** Whether a command-line input names an IMAP folder rather than a file. */
    public static boolean isImap(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("imaps://") || s.startsWith("imap://");
    }

    /** @throws IllegalArgumentException with a one-line reason naming the input */
    public static ImapUrl parse(String input) {
        URI uri;
        try {
            uri = new URI(input);
        } catch (URISyntaxException e) {
            // a folder typed with a raw space or "[": encode what the URI grammar refuses, nothing else
            try {
                uri = new URI(input.replace(" ", "%20").replace("[", "%5B").replace("]", "%5D"));
            } catch (URISyntaxException again) {
                throw new IllegalArgumentException(input + ": not an IMAP URL (" + again.getReason() + ")");
            }
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("imap") && !scheme.equals("imaps")) {
            throw new IllegalArgumentException(input + ": not an IMAP URL (imaps://user@host/Folder)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(input + ": no server named (imaps://user@host/Folder)");
        }
        String userInfo = uri.getUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            throw new IllegalArgumentException(input + ": no user named (imaps://user@host/Folder)");
        }
        if (userInfo.contains(":")) {
            throw new IllegalArgumentException(redact(input) + ": a password in the URL would stay in the shell's"
                    + " history; use --password-env, --password-file or the prompt");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String folder = path.startsWith("/") ? path.substring(1) : path;
        if (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return new ImapUrl(scheme.equals("imaps"), userInfo, uri.getHost(), uri.getPort(),
                folder.isEmpty() ? "INBOX" : folder);
    }

    /** The URL without any userinfo secret: "imaps://…@host/" for a user:password one. */
    private static String redact(String input) {
        return input.replaceFirst("(?i)^(imaps?://)[^@/]*@", "$1…@");
    }

    /** The Jakarta Mail store protocol: Angus's Gmail provider, an IMAP store that also reads X-GM-*. */
    String protocol() {
        return secure ? "gimaps" : "gimap";
    }

    /** "imaps://jane@imap.example.org" (with ":port" when one was given): names the server in messages. */
    public String server() {
        return (secure ? "imaps://" : "imap://") + user + "@" + host + (port > 0 ? ":" + port : "");
    }

    /** "imaps://jane@imap.example.org/Archiv/Gelesen Artikel ä": names the folder in messages and sync marks. */
    @Override
    public String toString() {
        return server() + "/" + folder;
    }
}
