package net.claimsnet.web.it;

import net.claimsnet.flows.access.AuditTearOffStore;
import net.claimsnet.flows.access.InMemoryAuditTearOffStore;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.transport.InMemoryInboxStore;
import net.claimsnet.flows.transport.InMemoryOutboxStore;
import net.claimsnet.flows.transport.http.HttpTransport;
import net.claimsnet.flows.transport.http.P2pTestServer;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.node.ExecutorScheduler;
import net.claimsnet.node.Node;
import net.claimsnet.node.NodeStores;
import net.claimsnet.node.TestNodeStores;
import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.tls.NodeTlsIdentity;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One node of the IT network in this JVM: its bootstrapped ledger and TLS keys, the signed map,
 * stores in memory, an HTTP transport over mutual TLS and its P2P endpoint on the port of its address
 * on the map ({@link P2pTestServer}), which, like a server node's P2P listener, completes a handshake
 * only with a client certificate of the network's TLS root.
 */
final class PeerNode implements AutoCloseable {
    final Node node;
    /** What the node keeps of the transactions no grant opens to it, when it is the auditor. */
    final InMemoryAuditTearOffStore tearOffs = new InMemoryAuditTearOffStore();
    private final P2pTestServer server;
    private final HttpTransport transport;
    private final ExecutorService flows = Executors.newFixedThreadPool(2);
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    PeerNode(NetworkFiles files, TrustedNetworkMap map, String id, NodeRole role) throws IOException {
        KeyPair key = files.loadKey(id);
        NetworkMapEntry entry = map.entries().stream().filter(e -> e.getOwningKey().equals(key.getPublic())).findFirst()
                .orElseThrow(() -> new IllegalStateException(id + "'s key is not on the IT network map"));
        Clock clock = Clock.systemUTC();
        NodeStores stores = TestNodeStores.inMemory();
        NodeTlsIdentity tls = files.loadTls(id);
        transport = HttpTransport.builder(entry.getName(), key, map).tls(tls)
                .outbox(new InMemoryOutboxStore()).inbox(new InMemoryInboxStore(stores.checkpoints())).clock(clock).build();
        URI address = URI.create(entry.getAddress());
        server = P2pTestServer.startMutualTls(new InetSocketAddress(address.getHost(), address.getPort()), tls);
        server.serve(transport.inbound());
        timers.setRemoveOnCancelPolicy(true);
        Node.Builder builder = Node.builder(entry.getName(), role)
                .keyPair(key)
                .network(map, files.loadNetworkParameters())
                .contractsJar(ContractsJar.load())
                .stores(stores)
                .transport(transport)
                .clock(clock)
                .scheduler(new ExecutorScheduler(timers, clock))
                .executor(flows)
                .settings(EngineSettings.defaults());
        if (role == NodeRole.AUDITOR) {
            builder.service(AuditTearOffStore.class, tearOffs);
        }
        node = builder.start();
    }

    @Override
    public void close() {
        node.stop();
        transport.close();
        server.close();
        timers.shutdownNow();
        flows.shutdownNow();
    }
}
