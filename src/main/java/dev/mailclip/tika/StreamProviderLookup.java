package dev.mailclip.tika;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The thread's context class loader while the adapter reads a message: it answers Jakarta Mail's lookup
 * of its stream provider from memory and hands everything else to the loader of mailclip's classes.
 * <p>
 * Jakarta Mail 2.1 finds its stream provider with a ServiceLoader over the context class loader each
 * time it makes a body part, a multipart or a decoding stream: every jar of a host's class path searched
 * for the service file, which is then read from its jar anew. On ordinary mail that was 15 % of the
 * adapter's time. The command line names the provider in a system property instead ({@code cli/MailStreams});
 * a plugin does not set a host's properties. Here the lookup finds the same service files, in the same
 * order, read once; the provider is still loaded and made by the ServiceLoader, from mailclip's loader, the
 * one that holds the Jakarta Mail it serves. A host that names the provider itself is not affected: Jakarta
 * Mail reads the property before it looks.
 */
final class StreamProviderLookup extends ClassLoader {
    private static final String SERVICE = "META-INF/services/jakarta.mail.util.StreamProvider";
    private static volatile StreamProviderLookup instance;

    /** the service files' lines as one in-memory file, or null when the loader has none */
    private final URL service;

    private StreamProviderLookup(ClassLoader parent) throws IOException {
        super(parent);
        List<URL> files = Collections.list(parent.getResources(SERVICE));
        if (files.isEmpty()) {
            service = null;
            return;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (URL file : files) {
            try (InputStream in = file.openStream()) {
                joined.write(in.readAllBytes());
                joined.write('\n');
            }
        }
        service = inMemory(joined.toByteArray());
    }

    /** Runs the work with this loader as the thread's context class loader, then puts the host's back. */
    static <T> T during(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader host = thread.getContextClassLoader();
        thread.setContextClassLoader(instance());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(host);
        }
    }

    private static StreamProviderLookup instance() {
        StreamProviderLookup lookup = instance;
        if (lookup == null) {
            try {
                lookup = new StreamProviderLookup(StreamProviderLookup.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SERVICE, e);
            }
            instance = lookup;
        }
        return lookup;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (SERVICE.equals(name) && service != null) {
            return Collections.enumeration(List.of(service));
        }
        return super.getResources(name);
    }

    private static URL inMemory(byte[] bytes) throws IOException {
        URLStreamHandler handler = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(bytes);
                    }
                };
            }
        };
        return new URL("mailclip-memory", "", -1, "/" + SERVICE, handler);
    }
}
