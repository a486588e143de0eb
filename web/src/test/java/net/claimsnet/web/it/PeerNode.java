package net.claimsnet.web.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
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
import net.claimsnet.node.tls.NodeTlsIdentity;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One node of the IT network in this JVM: its bootstrapped ledger and TLS keys, the signed map,
 * stores in memory, an HTTP transport over mutual TLS and its P2P endpoint on the port of its address
 * on the map, which, like a server node's P2P listener, completes a handshake only with a client
 * certificate of the network's TLS root.
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
        NodeTlsIdentity tls = files.loadTls(id);
        transport = HttpTransport.builder(entry.getName(), key, map).tls(tls)
                .outbox(new InMemoryOutboxStore()).inbox(new InMemoryInboxStore(stores.checkpoints())).clock(clock).build();
        URI address = URI.create(entry.getAddress());
        server = mutualTlsServer(new InetSocketAddress(address.getHost(), address.getPort()), tls);
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

    private static HttpServer mutualTlsServer(InetSocketAddress address, NodeTlsIdentity tls) throws IOException {
        HttpsServer server = HttpsServer.create(address, 50);
        server.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()) {
            @Override
            public void configure(HttpsParameters parameters) {
                javax.net.ssl.SSLParameters ssl = tls.sslParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        return server;
    }

    private static X509Certificate[] peerChain(HttpExchange exchange) {
        try {
            Certificate[] chain = ((HttpsExchange) exchange).getSSLSession().getPeerCertificates();
            X509Certificate[] x509 = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                x509[i] = (X509Certificate) chain[i];
            }
            return x509;
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return null;
        }
    }

    private static void answer(HttpExchange exchange, InboundMessages inbound) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readNBytes(inbound.maxMessageBytes() + 1);
            if (body.length > inbound.maxMessageBytes()) {
                exchange.getResponseHeaders().add(InboundResult.REJECTION_HEADER, InboundResult.Rejection.TOO_LARGE.name());
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            InboundResult result = inbound.accept(body, peerChain(exchange));
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
