package net.claimsnet.flows.transport.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A node's P2P endpoint on a real HTTP server, standing in for Payara's {@code POST
 * /api/p2p/messages}: it reads the body (refusing one over the node's limit with 413), hands it to
 * the node's {@link InboundMessages} and answers with the result's status, as the web resource does.
 * It records every body it was sent, so tests can replay or tamper with real messages.
 */
final class P2pTestServer implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
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

    int port() {
        return server.getAddress().getPort();
    }

    String baseAddress() {
        return "http://127.0.0.1:" + port();
    }

    void serve(InboundMessages messages) {
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
            byte[] body = readAtMost(exchange.getRequestBody(), node.maxMessageBytes());
            if (body == null) {
                answer(exchange, 413, InboundResult.Rejection.TOO_LARGE.name(), "larger than " + node.maxMessageBytes() + " bytes");
                return;
            }
            received.add(body);
            InboundResult result = node.accept(body);
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
