package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.checkpoint.InMemoryCheckpointStore;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.InMemoryInboxStore;
import net.claimsnet.flows.transport.InMemoryOutboxStore;
import net.claimsnet.flows.transport.InboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The insurer's receiving side over mutual TLS: a message is taken only from the peer whose
 * certificate names its sender. St. Mary's own messages pass; one that Lakeside signed, passed on over
 * St. Mary's connection, is refused 403 and recorded nowhere; a request without a certificate is
 * refused whole. Certificates and keys are the bootstrap's.
 */
class InboundOverMutualTlsTest {

    @TempDir
    static Path dir;
    private static TlsTestNetwork network;

    private final List<Envelope> handed = new CopyOnWriteArrayList<>();
    private InboxStore inbox;
    private InboundMessages acme;
    private P2pTestServer server;

    @BeforeAll
    static void bootstrap() {
        network = new TlsTestNetwork(dir);
    }

    @BeforeEach
    void startTheInsurer() {
        inbox = new InMemoryInboxStore(new InMemoryCheckpointStore());
        acme = network.inbound("acme", inbox, handed);
    }

    @AfterEach
    void stopItsServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_message_from_the_peer_its_certificate_names_is_accepted() {
        InboundResult result = acme.accept(network.message("stmary", "acme"), network.chain("stmary"));

        assertThat(acme.requiresClientCertificates()).isTrue();
        assertThat(result.httpStatus()).as(result.toString()).isEqualTo(202);
        assertThat(handed).extracting(Envelope::sender).containsExactly(network.name("stmary"));
    }

    @Test
    void a_message_signed_by_another_node_over_a_peers_connection_is_refused_and_not_recorded() {
        byte[] lakesides = network.message("lakeside", "acme");

        InboundResult result = acme.accept(lakesides, network.chain("stmary"));

        assertThat(result.httpStatus()).isEqualTo(403);
        assertThat(result.rejection()).isEqualTo(InboundResult.Rejection.PEER_NOT_AUTHENTICATED);
        assertThat(result.reason()).contains("O=St. Mary Hospital, L=Boston, C=US", "O=Lakeside Clinic, L=Denver, C=US");
        assertThat(handed).isEmpty();
        assertThat(inbox.unprocessed()).isEmpty();
        assertThat(acme.accept(lakesides, network.chain("lakeside")).httpStatus()).as("from Lakeside itself").isEqualTo(202);
    }

    @Test
    void in_a_batch_each_message_from_another_sender_than_the_peer_is_refused_on_its_own() {
        byte[] batch = MessageBatch.of(List.of(network.message("stmary", "acme"), network.message("lakeside", "acme"),
                network.message("stmary", "acme")));

        InboundResult result = acme.accept(batch, network.chain("stmary"));

        assertThat(result.httpStatus()).isEqualTo(200);
        java.util.Map<Integer, String> refusals = MessageBatch.refusalsIn(result.reason(), 3);
        assertThat(refusals).containsOnlyKeys(1);
        assertThat(refusals.get(1)).startsWith("PEER_NOT_AUTHENTICATED");
        assertThat(handed).extracting(Envelope::sender).containsExactly(network.name("stmary"), network.name("stmary"));
        assertThat(inbox.unprocessed()).hasSize(2);
    }

    @Test
    void without_a_certificate_chain_every_request_is_refused_whole() {
        byte[] batch = MessageBatch.of(List.of(network.message("stmary", "acme"), network.message("stmary", "acme")));

        List<InboundResult> results = new ArrayList<>();
        results.add(acme.accept(network.message("stmary", "acme"), null));
        results.add(acme.accept(batch, new X509Certificate[0]));
        results.add(acme.accept(network.message("stmary", "acme")));
        results.add(acme.refusalOfAnUnauthenticatedPeer());

        assertThat(results).allSatisfy(result -> {
            assertThat(result.httpStatus()).isEqualTo(403);
            assertThat(result.rejection()).isEqualTo(InboundResult.Rejection.PEER_NOT_AUTHENTICATED);
        });
        assertThat(handed).isEmpty();
        assertThat(inbox.unprocessed()).isEmpty();
    }

    @Test
    void the_signature_is_still_checked_for_a_peer_sending_as_itself() {
        InboundResult result = acme.accept(network.messageSignedBy("stmary", "acme", "lakeside"), network.chain("stmary"));

        assertThat(result.rejection()).isEqualTo(InboundResult.Rejection.BAD_SIGNATURE);
        assertThat(handed).isEmpty();
    }

    @Test
    void a_transport_with_the_nodes_tls_identity_requires_peer_certificates_and_refuses_another_nodes_identity() {
        HttpTransport.Builder builder = HttpTransport.builder(network.name("acme"), network.files().loadKey("acme"), network.map())
                .outbox(new InMemoryOutboxStore()).inbox(inbox);

        assertThatThrownBy(() -> builder.tls(network.tls("stmary"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not its own");
        try (HttpTransport withTls = builder.tls(network.tls("acme")).build();
             HttpTransport plain = HttpTransport.builder(network.name("acme"), network.files().loadKey("acme"), network.map())
                     .outbox(new InMemoryOutboxStore()).inbox(inbox).build()) {
            assertThat(withTls.inbound().requiresClientCertificates()).isTrue();
            assertThat(plain.inbound().requiresClientCertificates()).isFalse();
        }
    }

    @Test
    void over_a_real_mutual_tls_listener_a_relayed_message_is_refused_for_good_and_the_own_delivered() {
        server = P2pTestServer.startMutualTls(network.tls("acme"));
        server.serve(acme);
        HttpDelivery stMary = new HttpDelivery(Duration.ofSeconds(5), Duration.ofSeconds(20), network.tls("stmary").sslContext());

        Delivery.Outcome own = stMary.deliver(server.baseAddress(), network.message("stmary", "acme"));
        Delivery.Outcome relayed = stMary.deliver(server.baseAddress(), network.message("lakeside", "acme"));

        assertThat(own.kind()).as(own.toString()).isEqualTo(Delivery.Outcome.Kind.DELIVERED);
        assertThat(relayed.kind()).as(relayed.toString()).isEqualTo(Delivery.Outcome.Kind.REFUSED);
        assertThat(relayed.reason()).contains("HTTP 403");
        assertThat(handed).extracting(Envelope::sender).containsExactly(network.name("stmary"));
    }
}
