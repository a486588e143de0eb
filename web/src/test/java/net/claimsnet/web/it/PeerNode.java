package net.claimsnet.web.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.transport.InMemoryInboxStore;
import net.claimsnet.flows.transport.InMemoryOutboxStore;
import net.claimsnet.flows.transport.http.HttpDelivery;
import net.claimsnet.flows.transport.http.HttpTransport;
import net.claimsnet.flows.transport.http.InboundMessages;
import net.claimsnet.flows.transport.http.InboundResult;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.node.ExecutorScheduler;
import net.claimsnet.node.Node;
import net.claimsnet.node.NodeStores;
import net.claimsnet.node.bootstrap.NetworkFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One node of the IT network in this JVM: its bootstrapped key, the signed map, stores in memory,
 * an HTTP transport and its P2P endpoint on the port of its address on the map.
 */
final class PeerNode implements AutoCloseable {
    final Node node;
    private final HttpServer server;
    private final HttpTransport transport;
    private final ExecutorService flows = Executors.newFixedThreadPool(2);
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    PeerNode(NetworkFiles files, TrustedNetworkMap map, String id, NodeRole role) throws IOException {
        KeyPair key = files.loadKey(id);
        NetworkMapEntry entry = map.entries().stream().filter(e -> e.getOwningKey().equals(key.getPublic())).findFirst()
                .orElseThrow(() -> new IllegalStateException(id + "'s key is not on the IT network map"));
        Clock clock = Clock.systemUTC();
        NodeStores stores = NodeStores.inMemory();
        transport = HttpTransport.builder(entry.getName(), key, map)
                .outbox(new InMemoryOutboxStore()).inbox(new InMemoryInboxStore(stores.checkpoints())).clock(clock).build();
        URI address = URI.create(entry.getAddress());
        server = HttpServer.create(new InetSocketAddress(address.getHost(), address.getPort()), 50);
        InboundMessages inbound = transport.inbound();
        server.createContext(HttpDelivery.PATH, exchange -> answer(exchange, inbound));
        server.start();
        timers.setRemoveOnCancelPolicy(true);
        node = Node.builder(entry.getName(), role)
                .keyPair(key)
                .network(map, files.loadNetworkParameters())
                .contractsJar(ContractsJar.load())
                .stores(stores)
                .transport(transport)
                .clock(clock)
                .scheduler(new ExecutorScheduler(timers, clock))
                .executor(flows)
                .settings(EngineSettings.defaults())
                .start();
    }

    private static void answer(HttpExchange exchange, InboundMessages inbound) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readNBytes(inbound.maxMessageBytes() + 1);
            if (body.length > inbound.maxMessageBytes()) {
                exchange.getResponseHeaders().add(InboundResult.REJECTION_HEADER, InboundResult.Rejection.TOO_LARGE.name());
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            InboundResult result = inbound.accept(body);
            if (!result.isAccepted()) {
                exchange.getResponseHeaders().add(InboundResult.REJECTION_HEADER, result.rejection().name());
            }
            byte[] reason = String.valueOf(result.reason()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(result.httpStatus(), reason.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reason);
            }
        }
    }

    @Override
    public void close() {
        node.stop();
        transport.close();
        server.stop(0);
        timers.shutdownNow();
        flows.shutdownNow();
    }
}
