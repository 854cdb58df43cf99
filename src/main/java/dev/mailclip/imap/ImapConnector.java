package dev.mailclip.imap;

import dev.mailclip.OneLine;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens an IMAP folder read-only with Jakarta Mail (Angus's Gmail provider, an IMAP store that also
 * understands X-GM-*): TLS from the first byte for imaps, STARTTLS required for imap, the server's
 * certificate and host name checked, bodies fetched with BODY.PEEK so {@code \Seen} is never set, the folder
 * opened with EXAMINE. Failures become one line naming the server: a refused login is an
 * {@link ImapLoginException}, anything else an IOException.
 * <p>
 * JVM system properties {@code mail.imap.*} and {@code mail.imaps.*} are applied over these settings, for a
 * server with a private certificate (e.g. {@code -Dmail.imaps.ssl.trust=imap.example.org}); the defaults
 * trust only what the JVM trusts.
 */
final class ImapConnector {
    /** Bytes per partial body fetch: a body streams in pieces of this size. */
    static final int FETCH_SIZE = 64 * 1024;

    private final PasswordSource password;
    private final Properties overrides;

    /** An open store and one of its folders, opened read-only. */
    record Connection(IMAPStore store, IMAPFolder folder, boolean gmail) implements AutoCloseable {
        @Override
        public void close() {
            try {
                if (folder.isOpen()) {
                    folder.close(false); // never expunge
                }
            } catch (MessagingException | RuntimeException ignored) {
                // closing a connection that may already be gone
            }
            try {
                store.close();
            } catch (MessagingException | RuntimeException ignored) {
                // as above
            }
        }
    }

    ImapConnector(PasswordSource password, Properties overrides) {
        this.password = PasswordSource.once(password);
        this.overrides = overrides;
    }

    /** The session's settings for {@code url}'s protocol. */
    Properties properties(ImapUrl url) {
        String p = "mail." + url.protocol() + ".";
        Properties props = new Properties();
        props.setProperty(p + "ssl.checkserveridentity", "true");
        if (url.secure()) {
            props.setProperty(p + "ssl.enable", "true");
        } else {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        props.setProperty(p + "peek", "true");
        props.setProperty(p + "connectiontimeout", "30000");
        props.setProperty(p + "timeout", "300000");
        props.setProperty(p + "writetimeout", "60000");
        props.setProperty(p + "fetchsize", Integer.toString(FETCH_SIZE));
        props.setProperty(p + "partialfetch", "true");
        String given = url.secure() ? "mail.imaps." : "mail.imap.";
        for (Map.Entry<Object, Object> e : overrides.entrySet()) {
            String key = e.getKey().toString();
            if (key.startsWith(given)) {
                props.setProperty(p + key.substring(given.length()), e.getValue().toString());
            }
        }
        return props;
    }

    /** Connects, logs in and opens {@code url}'s folder with EXAMINE. */
    Connection open(ImapUrl url) throws IOException {
        IMAPStore store;
        try {
            store = (IMAPStore) Session.getInstance(properties(url)).getStore(url.protocol());
        } catch (MessagingException e) {
            throw new IOException(url.server() + ": " + OneLine.of(e), e);
        }
        try {
            store.connect(url.host(), url.port(), url.user(), password.password(url));
        } catch (AuthenticationFailedException e) {
            throw new ImapLoginException(url.server() + ": login failed ("
                    + (e.getMessage() == null || e.getMessage().isBlank() ? "user or password wrong" : OneLine.of(e))
                    + ")", e);
        } catch (MessagingException e) {
            throw new IOException(url.server() + ": " + describe(e), e);
        }
        try {
            IMAPFolder folder = (IMAPFolder) store.getFolder(serverName(store, url.folder()));
            if (!folder.exists()) {
                throw new IOException(url + ": no such folder");
            }
            folder.open(Folder.READ_ONLY);
            return new Connection(store, folder, store.hasCapability("X-GM-EXT-1"));
        } catch (MessagingException e) {
            closeQuietly(store);
            throw new IOException(url + ": " + describe(e), e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    /** The URL's "/"-separated folder in the server's hierarchy separator ("." on some servers). */
    private static String serverName(Store store, String folder) throws MessagingException {
        char sep = store.getDefaultFolder().getSeparator();
        return sep == '/' || sep == 0 ? folder : folder.replace('/', sep);
    }

    /** A connection failure in words: "unknown host", "connection refused", "TLS failed (…)". */
    static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof ConnectException) {
                return "cannot connect (" + OneLine.of(t) + ")";
            }
            if (t instanceof SocketTimeoutException) {
                return "the server did not answer in time";
            }
            if (t instanceof SSLException) {
                return "TLS failed (" + OneLine.of(t) + ")";
            }
        }
        if (ImapFolderSource.dropped(e)) {
            return "connection closed";
        }
        return OneLine.of(e);
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException ignored) {
            // already failing with the more useful error
        }
    }
}
