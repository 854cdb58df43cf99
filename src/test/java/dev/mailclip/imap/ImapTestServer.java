package dev.mailclip.imap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPFolder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * GreenMail speaking IMAPS on a free port of this JVM, with user {@code jane} (password {@code secret}), and
 * a plain Jakarta Mail client to set its folders up. GreenMail's certificate is self-signed: the tests
 * trust it through the same JVM properties a user would set for a private server
 * ({@code mail.imaps.ssl.trust}); nothing in the defaults does.
 */
final class ImapTestServer implements AutoCloseable {
    static final String USER = "jane";
    static final String PASSWORD = "secret";
    final GreenMail greenMail;

    ImapTestServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS).dynamicPort());
        greenMail.start();
        greenMail.setUser(USER + "@localhost", USER, PASSWORD);
    }

    int port() {
        return greenMail.getImaps().getPort();
    }

    /** The properties that trust GreenMail's self-signed certificate (tests only). */
    static Properties trust() {
        Properties p = new Properties();
        p.setProperty("mail.imaps.ssl.trust", "*");
        p.setProperty("mail.imaps.ssl.checkserveridentity", "false");
        return p;
    }

    /** Sets {@link #trust()} as JVM properties for a command-line run; {@link #untrust()} takes them away. */
    static void trustInJvm() {
        trust().forEach((k, v) -> System.setProperty(k.toString(), v.toString()));
    }

    static void untrust() {
        trust().keySet().forEach(k -> System.clearProperty(k.toString()));
    }

    /** imaps://jane@127.0.0.1:PORT/FOLDER, FOLDER URL-encoded. */
    String url(String folder) {
        return url(port(), folder);
    }

    static String url(int port, String folder) {
        return "imaps://" + USER + "@127.0.0.1:" + port + "/"
                + java.net.URLEncoder.encode(folder, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2F", "/");
    }

    /** A client's store, logged in. */
    Store client() throws MessagingException {
        Properties p = trust();
        Store store = Session.getInstance(p).getStore("imaps");
        store.connect("127.0.0.1", port(), USER, PASSWORD);
        return store;
    }

    /** Creates a folder ("/"-separated, any letters: the client encodes them in modified UTF-7). */
    void create(String folder) throws MessagingException {
        try (Store store = client()) {
            Folder f = store.getFolder(serverName(store, folder));
            if (!f.exists()) {
                f.create(Folder.HOLDS_MESSAGES);
            }
        }
    }

    /** Moves a folder out of the way under another name (GreenMail fails on a DELETE of a folder once selected). */
    void rename(String folder, String to) throws MessagingException {
        try (Store store = client()) {
            Folder f = store.getFolder(serverName(store, folder));
            f.renameTo(store.getFolder(serverName(store, to)));
        }
    }

    /** Appends messages (raw .eml files) to a folder, unseen. */
    void append(String folder, Path... emls) throws MessagingException, IOException {
        try (Store store = client()) {
            Folder f = store.getFolder(serverName(store, folder));
            Session s = Session.getInstance(new Properties());
            Message[] ms = new Message[emls.length];
            for (int i = 0; i < emls.length; i++) {
                ms[i] = new MimeMessage(s, new ByteArrayInputStream(Files.readAllBytes(emls[i])));
                ms[i].setFlags(new Flags(Flags.Flag.SEEN), false);
            }
            f.appendMessages(ms);
        }
    }

    /** The folder's UIDVALIDITY. */
    long uidValidity(String folder) throws MessagingException {
        try (Store store = client()) {
            IMAPFolder f = (IMAPFolder) store.getFolder(serverName(store, folder));
            return f.getUIDValidity();
        }
    }

    /** How many of the folder's messages are flagged \Seen. */
    int seen(String folder) throws MessagingException {
        try (Store store = client()) {
            Folder f = store.getFolder(serverName(store, folder));
            f.open(Folder.READ_ONLY);
            int n = 0;
            for (Message m : f.getMessages()) {
                if (m.isSet(Flags.Flag.SEEN)) {
                    n++;
                }
            }
            int count = f.getMessageCount();
            f.close(false);
            return count == 0 ? -1 : n;
        }
    }

    private static String serverName(Store store, String folder) throws MessagingException {
        char sep = store.getDefaultFolder().getSeparator();
        return folder.replace('/', sep);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
