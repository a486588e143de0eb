package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.checkpoint.InMemoryCheckpointStore;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.InMemoryInboxStore;
import net.claimsnet.flows.transport.InboxStore;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.node.bootstrap.NetworkBootstrap;
import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.config.ConfigFiles;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.limits.RateLimit;
import net.claimsnet.node.limits.RateLimiter;
import net.claimsnet.node.tls.NodeTlsIdentity;
import net.corda.core.identity.CordaX500Name;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The network of config/nodes as the bootstrap makes it in a directory of the test's, now (the TLS
 * certificates valid for real handshakes): each node's ledger key, the signed map, its TLS identity;
 * and signed P2P messages between its nodes. Two of them in two directories have two TLS roots.
 */
final class TlsTestNetwork {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final NetworkFiles files;
    private final NetworkConfiguration configuration;
    private final TrustedNetworkMap map;

    TlsTestNetwork(Path directory) {
        configuration = NetworkConfiguration.load(ConfigFiles.copyOfNodes(directory));
        files = new NetworkFiles(directory.resolve("state"));
        new NetworkBootstrap(files, Clock.systemUTC()).run(configuration);
        map = files.loadNetworkMap();
    }

    NetworkFiles files() {
        return files;
    }

    TrustedNetworkMap map() {
        return map;
    }

    CordaX500Name name(String id) {
        return configuration.node(id).orElseThrow().legalName();
    }

    NodeTlsIdentity tls(String id) {
        return files.loadTls(id);
    }

    X509Certificate[] chain(String id) {
        return tls(id).chain().toArray(X509Certificate[]::new);
    }

    /** Node {@code id}'s receiving side over mutual TLS; what it hands its engine goes to {@code handed}. */
    InboundMessages inbound(String id, InboxStore inbox, List<Envelope> handed) {
        InboundMessages inbound = new InboundMessages(name(id), map, inbox, Clock.systemUTC(),
                HttpTransportSettings.DEFAULT_MAX_MESSAGE_BYTES, sender -> { }, new RateLimiter(RateLimit.PEER_DEFAULT), true);
        inbound.bind(handed::add);
        return inbound;
    }

    InboundMessages inbound(String id) {
        return inbound(id, new InMemoryInboxStore(new InMemoryCheckpointStore()), new CopyOnWriteArrayList<>());
    }

    /** A message from {@code sender} to {@code recipient}, signed by {@code sender}'s ledger key. */
    byte[] message(String sender, String recipient) {
        return messageSignedBy(sender, recipient, sender);
    }

    /** A message naming {@code sender}, signed by {@code signer}'s ledger key. */
    byte[] messageSignedBy(String sender, String recipient, String signer) {
        String id = "M-" + SEQUENCE.incrementAndGet();
        return SignedMessage.sign(new Envelope(id, name(sender), name(recipient), "S-" + id, MessageKind.INIT, 1, 0, "p",
                new byte[]{1}), files.loadKey(signer));
    }
}
