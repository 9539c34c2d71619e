package io.aksara.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of a database server that counts round trips: each time the client sends
 * after the server has answered, the client must have waited for that answer. Pipelined messages
 * and one large statement written in many TCP packets count once. Used to check that a batch
 * costs one round trip.
 *
 * <pre>{@code
 * try (RoundTripProxy proxy = RoundTripProxy.to(jdbcUrl)) {
 *     String url = proxy.url();            // the same URL, through the proxy
 *     proxy.reset(); ...; proxy.roundTrips();
 * }
 * }</pre>
 */
final class RoundTripProxy implements AutoCloseable {
    private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+):(\\d+)");

    private final String url;
    private final ServerSocket server;
    private final AtomicLong roundTrips = new AtomicLong();

    private RoundTripProxy(String url, String host, int port) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.url = url.replaceFirst(HOST_PORT.pattern(), "//127.0.0.1:" + server.getLocalPort());
        Thread.ofVirtual().start(() -> accept(host, port));
    }

    /** A proxy to the host and port of a JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/db}. */
    static RoundTripProxy to(String jdbcUrl) {
        Matcher m = HOST_PORT.matcher(jdbcUrl);
        if (!m.find()) {
            throw new IllegalArgumentException("No host:port in " + jdbcUrl);
        }
        try {
            return new RoundTripProxy(jdbcUrl, m.group(1), Integer.parseInt(m.group(2)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDBC URL through this proxy. */
    String url() {
        return url;
    }

    long roundTrips() {
        return roundTrips.get();
    }

    void reset() {
        roundTrips.set(0);
    }

    private void accept(String host, int port) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket db = new Socket(host, port);
                client.setTcpNoDelay(true);
                db.setTcpNoDelay(true);
                boolean[] serverSpokeLast = {true};
                Thread.ofVirtual().start(() -> pump(client, db, serverSpokeLast, true));
                Thread.ofVirtual().start(() -> pump(db, client, serverSpokeLast, false));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to, boolean[] serverSpokeLast, boolean fromClient) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (serverSpokeLast) {
                    if (fromClient && serverSpokeLast[0]) {
                        roundTrips.incrementAndGet();
                    }
                    serverSpokeLast[0] = !fromClient;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed; closing the other ends the pair
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
