package dev.mailclip.imap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay in front of the test server that drops every connection once the server has sent a given
 * number of bytes through it, a set number of times: a connection lost in the middle of a folder.
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listen;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicInteger cutsLeft;
    private final long cutEvery;
    final AtomicInteger connections = new AtomicInteger();
    private volatile boolean downAfterLastCut;

    /** @param cutEvery bytes from the server after which all connections are dropped; {@code cuts} times */
    CuttingProxy(int target, long cutEvery, int cuts) throws IOException {
        this.target = target;
        this.cutEvery = cutEvery;
        this.cutsLeft = new AtomicInteger(cuts);
        listen = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** After the last cut, refuse every new connection (a server that stays down). */
    CuttingProxy staysDownAfterLastCut() {
        downAfterLastCut = true;
        return this;
    }

    int port() {
        return listen.getLocalPort();
    }

    private void accept() {
        while (!listen.isClosed()) {
            try {
                Socket client = listen.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                connections.incrementAndGet();
                open.add(client);
                open.add(server);
                pump(client, server, false);
                pump(server, client, true);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromServer) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    out.write(buf, 0, n);
                    out.flush();
                    if (fromServer && sent.addAndGet(n) >= cutEvery && cutsLeft.getAndDecrement() > 0) {
                        sent.set(0);
                        if (cutsLeft.get() <= 0 && downAfterLastCut) {
                            listen.close(); // the server is gone for good: reconnects are refused
                        }
                        dropAll();
                        return;
                    }
                }
            } catch (IOException e) {
                // dropped
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Drops every connection now. */
    void dropAll() {
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        listen.close();
        dropAll();
    }
}
