package net.claimsnet.flows.transport.http;

import net.claimsnet.node.tls.TlsKeyStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's HTTPS client against a mutual-TLS listener (the JDK's HttpsServer with the insurer's
 * TLS identity, client certificates required): St. Mary's certificate from the same bootstrap gets
 * its message delivered over TLS 1.3; a certificate of another network's root, or none, fails the
 * handshake, which the outbox tries again later; and the client does not talk to a listener whose
 * certificate another root issued.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutualTlsDeliveryTest {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration REQUEST = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    private TlsTestNetwork network;
    private TlsTestNetwork otherNetwork;
    private P2pTestServer acme;

    @BeforeAll
    void bootstrapTwoNetworks() {
        network = new TlsTestNetwork(dir.resolve("claimsnet"));
        otherNetwork = new TlsTestNetwork(dir.resolve("elsewhere"));
        acme = P2pTestServer.startMutualTls(network.tls("acme"));
        acme.serve(network.inbound("acme"));
    }

    @AfterAll
    void stop() {
        acme.close();
    }

    @BeforeEach
    void forget() {
        acme.peers().clear();
        acme.received().clear();
    }

    @Test
    void a_node_presenting_its_certificate_of_the_networks_root_delivers_over_tls_1_3() {
        HttpDelivery stMary = new HttpDelivery(CONNECT, REQUEST, network.tls("stmary").sslContext());

        Delivery.Outcome outcome = stMary.deliver(acme.baseAddress(), network.message("stmary", "acme"));

        assertThat(outcome.kind()).as(outcome.toString()).isEqualTo(Delivery.Outcome.Kind.DELIVERED);
        assertThat(acme.peers()).containsExactly(network.name("stmary").getX500Principal().getName() + " TLSv1.3");
        assertThat(acme.received()).hasSize(1);
    }

    @Test
    void the_host_may_be_named_as_localhost_too() {
        HttpDelivery stMary = new HttpDelivery(CONNECT, REQUEST, network.tls("stmary").sslContext());

        Delivery.Outcome outcome = stMary.deliver("https://localhost:" + acme.port(), network.message("stmary", "acme"));

        assertThat(outcome.kind()).as(outcome.toString()).isEqualTo(Delivery.Outcome.Kind.DELIVERED);
    }

    @Test
    void a_certificate_of_another_root_fails_the_handshake_and_is_tried_again_later() {
        HttpDelivery stranger = new HttpDelivery(CONNECT, REQUEST, otherNetwork.tls("stmary").sslContext());

        Delivery.Outcome outcome = stranger.deliver(acme.baseAddress(), network.message("stmary", "acme"));

        assertThat(outcome.kind()).as(outcome.toString()).isEqualTo(Delivery.Outcome.Kind.RETRY);
        assertThat(acme.received()).isEmpty();
        assertThat(acme.peers()).isEmpty();
    }

    @Test
    void a_client_without_a_certificate_fails_the_handshake() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
        trust.init(TlsKeyStores.read(network.files().truststore(),
                Files.readString(network.files().truststorePassword()).trim().toCharArray()));
        SSLContext trustOnly = SSLContext.getInstance("TLS");
        trustOnly.init(null, trust.getTrustManagers(), null);
        HttpDelivery anonymous = new HttpDelivery(CONNECT, REQUEST, trustOnly);

        Delivery.Outcome outcome = anonymous.deliver(acme.baseAddress(), network.message("stmary", "acme"));

        assertThat(outcome.kind()).as(outcome.toString()).isEqualTo(Delivery.Outcome.Kind.RETRY);
        assertThat(acme.received()).isEmpty();
    }

    @Test
    void a_listener_whose_certificate_another_root_issued_is_not_sent_to() {
        P2pTestServer impostor = P2pTestServer.startMutualTls(otherNetwork.tls("acme"));
        try {
            impostor.serve(otherNetwork.inbound("acme"));
            HttpDelivery stMary = new HttpDelivery(CONNECT, REQUEST, network.tls("stmary").sslContext());

            Delivery.Outcome outcome = stMary.deliver(impostor.baseAddress(), network.message("stmary", "acme"));

            assertThat(outcome.kind()).as(outcome.toString()).isEqualTo(Delivery.Outcome.Kind.RETRY);
            assertThat(impostor.received()).isEmpty();
        } finally {
            impostor.close();
        }
    }

    @Test
    void plain_http_to_the_mutual_tls_listener_gets_no_answer_it_could_take_for_delivery() {
        HttpDelivery plain = new HttpDelivery(CONNECT, REQUEST, null);

        Delivery.Outcome outcome = plain.deliver("http://127.0.0.1:" + acme.port(), network.message("stmary", "acme"));

        assertThat(outcome.kind()).as(outcome.toString()).isNotEqualTo(Delivery.Outcome.Kind.DELIVERED);
        assertThat(acme.received()).isEmpty();
    }
}
