package net.claimsnet.flows.transport.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import net.claimsnet.node.tls.NodeTlsIdentity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A node's P2P endpoint on a real HTTP server, standing in for Payara's {@code POST
 * /api/p2p/messages}: it reads the body (refusing one over the node's limit with 413), hands it to
 * the node's {@link InboundMessages} and answers with the result's status, as the web resource does.
 * It records every body it was sent, so tests can replay or tamper with real messages.
 *
 * <p>{@link #startMutualTls} stands in for the node's mutual-TLS P2P listener instead: HTTPS with the
 * node's TLS identity, a client certificate of the network's root required (the handshake fails
 * without one), the peer's chain passed on with the body; it records whom it talked to, and how. The
 * web module's ITs run their in-JVM peers on it too (it travels in this module's test-jar).
 */
public final class P2pTestServer implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    private final List<String> peers = new CopyOnWriteArrayList<>();
    private volatile InboundMessages inbound;

    private P2pTestServer(HttpServer server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1 at the port (0: any free port). */
    static P2pTestServer start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            P2pTestServer endpoint = new P2pTestServer(server);
            server.createContext(HttpDelivery.PATH, endpoint::handle);
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Listens on 127.0.0.1 at any free port over mutual TLS, presenting {@code identity}'s certificate. */
    static P2pTestServer startMutualTls(NodeTlsIdentity identity) {
        return startMutualTls(new InetSocketAddress("127.0.0.1", 0), identity);
    }

    /** Listens at {@code address} (a node's P2P address on the map) over mutual TLS, presenting {@code identity}'s certificate. */
    public static P2pTestServer startMutualTls(InetSocketAddress address, NodeTlsIdentity identity) {
        try {
            HttpsServer server = HttpsServer.create(address, 50);
            server.setHttpsConfigurator(new HttpsConfigurator(identity.sslContext()) {
                @Override
                public void configure(HttpsParameters parameters) {
                    javax.net.ssl.SSLParameters ssl = identity.sslParameters();
                    ssl.setNeedClientAuth(true);
                    parameters.setSSLParameters(ssl);
                }
            });
            P2pTestServer endpoint = new P2pTestServer(server);
            server.createContext(HttpDelivery.PATH, endpoint::handle);
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen: " + e.getMessage(), e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String baseAddress() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + port();
    }

    /** Over mutual TLS: each request's peer certificate subject and TLS version, e.g. "O=..., L=..., C=US TLSv1.3". */
    List<String> peers() {
        return peers;
    }

    /** Hands each request's body to {@code messages} from now on. */
    public void serve(InboundMessages messages) {
        this.inbound = messages;
    }

    List<byte[]> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            InboundMessages node = inbound;
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, null, "POST only");
                return;
            }
            if (node == null) {
                answer(exchange, 503, null, "the node is not running");
                return;
            }
            X509Certificate[] chain = null;
            if (exchange instanceof HttpsExchange secure) {
                Certificate[] presented = secure.getSSLSession().getPeerCertificates();
                chain = Arrays.copyOf(presented, presented.length, X509Certificate[].class);
                peers.add(chain[0].getSubjectX500Principal().getName() + " " + secure.getSSLSession().getProtocol());
            }
            byte[] body = readAtMost(exchange.getRequestBody(), node.maxMessageBytes());
            if (body == null) {
                answer(exchange, 413, InboundResult.Rejection.TOO_LARGE.name(), "larger than " + node.maxMessageBytes() + " bytes");
                return;
            }
            received.add(body);
            InboundResult result = chain == null ? node.accept(body) : node.accept(body, chain);
            answer(exchange, result.httpStatus(), result.isAccepted() ? null : result.rejection().name(), result.reason());
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        return body.length > max ? null : body;
    }

    private static void answer(HttpExchange exchange, int status, String rejection, String reason) throws IOException {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        if (rejection != null) {
            exchange.getResponseHeaders().add(InboundResult.REJECTION_HEADER, rejection);
        }
        exchange.sendResponseHeaders(status, text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }
}
