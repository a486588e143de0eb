package net.claimsnet.web.it;

import net.claimsnet.storage.jpa.TestColumns;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.flows.transport.http.InboundResult;
import net.claimsnet.flows.transport.http.SignedMessage;
import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.node.tls.NodeTlsIdentity;
import net.claimsnet.node.tls.TlsCertificateIssuer;
import net.claimsnet.node.tls.TlsKeyStores;
import net.claimsnet.web.NetworkTrust;
import net.claimsnet.bench.network.TlsRoot;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.flow.JpaInboxStore;
import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLSocket;
import javax.security.auth.x500.X500Principal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployed node's P2P endpoint, {@code POST /api/p2p/messages}, over Payara's mutual-TLS P2P
 * listener (http.port + 2): the IT domain is the notary of the network {@code ./network prepare-it}
 * bootstrapped, and the test speaks as Acme with Acme's ledger and TLS keys from that bootstrap (on
 * the notary's signed network map). A message Acme signed is accepted (202) and recorded in the
 * notary's inbox once, over TLS 1.3; one tampered with, signed by a key that is not Acme's, from a
 * sender not on the map, for another node, malformed, over the size limit, or sent over another
 * node's certificate is refused with the documented status and rejection header, and nothing of it
 * is recorded. The listener completes no handshake without a client certificate or with one of
 * another root; the desk's plain listener refuses P2P messages (they come with no certificate).
 *
 * <p>Runs in the server (a test WAR next to the node) to read Acme's key where the domain's
 * {@code claimsnet.network.dir} says the bootstrap put it, and the notary's inbox through the node's
 * own data source; the requests go through the node's HTTP listener like any peer's.
 */
@ExtendWith(ArquillianExtension.class)
class P2pEndpointIT {
    // Stores over the database of the node running in Payara write in clear (TestColumns.CLEAR): the node
    // has its own column keys, and reads clear values as rows written before column encryption.



    @Deployment
    static EnterpriseArchive nodeWithP2pTests() {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "p2p-it.war")
                .addClasses(P2pEndpointIT.class, TestArchives.class, NetworkTrust.class, TlsRoot.class)
                .addAsLibraries(TestArchives.jarOf(Assertions.class));
        return TestArchives.nodeWith(Testable.archiveToTest(tests));
    }

    @Test
    void a_message_signed_by_a_peer_on_the_map_is_accepted_once_and_recorded_in_the_inbox() throws Exception {
        Envelope envelope = fromAcme(notary(), MessageKind.DATA);
        byte[] message = SignedMessage.sign(envelope, acmeKey());

        HttpResponse<String> first = post(message);
        HttpResponse<String> replay = post(message);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(first.headers().firstValue(InboundResult.REJECTION_HEADER)).isEmpty();
        assertThat(replay.statusCode()).as("a replay is acknowledged").isEqualTo(202);
        assertThat(new JpaInboxStore(database(), TestColumns.CLEAR).receive(envelope, Instant.now()))
                .as("the node's inbox has the message already").isFalse();
    }

    @Test
    void a_tampered_message_is_refused_with_403_and_not_recorded() throws Exception {
        Envelope envelope = fromAcme(notary(), MessageKind.DATA);
        byte[] message = SignedMessage.sign(envelope, acmeKey());
        // The last payload byte, just before the uint16 signature length and the 64-byte Ed25519 signature.
        message[message.length - 2 - 64 - 1] ^= 0x01;

        HttpResponse<String> response = post(message);

        assertRefused(response, 403, InboundResult.Rejection.BAD_SIGNATURE);
        assertNotRecorded(envelope);
    }

    @Test
    void a_message_signed_by_a_key_that_is_not_the_senders_is_refused_with_403() throws Exception {
        Envelope envelope = fromAcme(notary(), MessageKind.DATA);
        KeyPair someoneElse = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);

        HttpResponse<String> response = post(SignedMessage.sign(envelope, someoneElse));

        assertRefused(response, 403, InboundResult.Rejection.BAD_SIGNATURE);
        assertNotRecorded(envelope);
    }

    @Test
    void a_sender_not_on_the_network_map_is_refused_with_403_even_with_a_certificate_of_the_network_root() throws Exception {
        // As a node taken off the map whose TLS certificate has not expired yet: the handshake passes, the map decides.
        Envelope envelope = new Envelope("M-IT-" + UUID.randomUUID(), stranger(), notary(), "S-IT-" + UUID.randomUUID(),
                MessageKind.DATA, 1, 0, null, new byte[] {1, 2, 3});

        HttpResponse<String> response = post(SignedMessage.sign(envelope, Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512)),
                issuedByTheNetworkRoot(stranger()));

        assertRefused(response, 403, InboundResult.Rejection.UNKNOWN_SENDER);
        assertNotRecorded(envelope);
    }

    @Test
    void a_message_for_another_node_is_refused_with_404() throws Exception {
        Envelope envelope = fromAcme(stMary(), MessageKind.DATA);

        HttpResponse<String> response = post(SignedMessage.sign(envelope, acmeKey()));

        assertRefused(response, 404, InboundResult.Rejection.WRONG_RECIPIENT);
        assertNotRecorded(envelope);
    }

    @Test
    void a_body_that_is_not_a_p2p_message_is_refused_with_400() throws Exception {
        assertRefused(post("GET / HTTP/1.1".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 400, InboundResult.Rejection.MALFORMED);
        assertRefused(post(new byte[0]), 400, InboundResult.Rejection.MALFORMED);
    }

    @Test
    void a_message_over_the_nodes_size_limit_is_refused_with_413() throws Exception {
        int limit = runtime().inbound().maxMessageBytes();
        Envelope envelope = new Envelope("M-IT-" + UUID.randomUUID(), acme(), notary(), "S-IT-" + UUID.randomUUID(),
                MessageKind.DATA, 1, 0, null, new byte[limit]);

        HttpResponse<String> response = post(SignedMessage.sign(envelope, acmeKey()));

        assertRefused(response, 413, InboundResult.Rejection.TOO_LARGE);
        assertNotRecorded(envelope);
    }

    @Test
    void a_node_takes_p2p_bodies_of_at_most_4_mib() throws Exception {
        assertThat(runtime().inbound().maxMessageBytes()).isEqualTo(4 * 1024 * 1024);
    }

    @Test
    void a_streamed_body_over_the_limit_is_refused_with_413_before_it_ends() throws Exception {
        int limit = runtime().inbound().maxMessageBytes();
        // Raw HTTP over TLS with Acme's certificate: a chunked body (no Content-Length to refuse it by) of 4 MiB + 64 KiB, never finished. Had the
        // node read it to its end, it would wait for the last chunk and this read would time out.
        try (SSLSocket socket = (SSLSocket) tlsOf("acme").sslContext().getSocketFactory().createSocket("127.0.0.1", p2pPort())) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/p2p/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (long sent = 0; sent <= limit; sent += chunk.length) {
                out.write(header);
                out.write(chunk);
                out.write(new byte[] {'\r', '\n'});
            }
            out.flush();

            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void p2p_messages_travel_over_tls_1_3() throws Exception {
        HttpResponse<String> response = post(SignedMessage.sign(fromAcme(notary(), MessageKind.DATA), acmeKey()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.sslSession()).hasValueSatisfying(session -> assertThat(session.getProtocol()).isEqualTo("TLSv1.3"));
    }

    @Test
    void the_p2p_listener_completes_no_handshake_without_a_client_certificate() throws Exception {
        javax.net.ssl.SSLContext noCertificate = networkTrust().sslContext();
        Envelope envelope = fromAcme(notary(), MessageKind.DATA);

        Assertions.assertThatThrownBy(() -> send(p2pEndpoint(), SignedMessage.sign(envelope, acmeKey()),
                HttpClient.newBuilder().sslContext(noCertificate))).isInstanceOf(IOException.class);
        assertNotRecorded(envelope);
    }

    @Test
    void the_p2p_listener_completes_no_handshake_with_a_certificate_of_another_root() throws Exception {
        Envelope envelope = fromAcme(notary(), MessageKind.DATA);

        Assertions.assertThatThrownBy(() -> post(SignedMessage.sign(envelope, acmeKey()), acmeUnderAnotherRoot()))
                .isInstanceOf(IOException.class);
        assertNotRecorded(envelope);
    }

    @Test
    void a_message_signed_by_acme_sent_over_st_marys_certificate_is_refused_with_403() throws Exception {
        Envelope envelope = fromAcme(notary(), MessageKind.DATA);

        HttpResponse<String> response = post(SignedMessage.sign(envelope, acmeKey()), tlsOf("stmary"));

        assertRefused(response, 403, InboundResult.Rejection.PEER_NOT_AUTHENTICATED);
        assertNotRecorded(envelope);
    }

    @Test
    void the_desks_plain_listener_refuses_p2p_messages_which_come_with_no_certificate() throws Exception {
        Envelope envelope = fromAcme(notary(), MessageKind.DATA);
        URI plain = URI.create("http://127.0.0.1:" + runtime().configuration().httpPort() + "/api/p2p/messages");

        HttpResponse<String> response = send(plain, SignedMessage.sign(envelope, acmeKey()), HttpClient.newBuilder());

        assertRefused(response, 403, InboundResult.Rejection.PEER_NOT_AUTHENTICATED);
        assertNotRecorded(envelope);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    // Names are made when a test runs, in the server: the test JVM has Corda but not its dependencies.
    private static CordaX500Name acme() {
        return CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    }

    private static CordaX500Name stMary() {
        return CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    }

    private static CordaX500Name stranger() {
        return CordaX500Name.parse("O=Not On The Map,L=Nowhere,C=US");
    }


    private static void assertRefused(HttpResponse<String> response, int status, InboundResult.Rejection rejection) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue(InboundResult.REJECTION_HEADER)).hasValue(rejection.name());
    }

    /** The inbox takes the id now: the endpoint did not record it. */
    private static void assertNotRecorded(Envelope envelope) throws NamingException {
        assertThat(new JpaInboxStore(database(), TestColumns.CLEAR).receive(envelope, Instant.now())).as("recorded by the endpoint").isTrue();
    }

    private static Envelope fromAcme(CordaX500Name recipient, MessageKind kind) {
        // A message in a session no flow of the notary has: the engine keeps or drops it, and answers nothing.
        return new Envelope("M-IT-" + UUID.randomUUID(), acme(), recipient, "S-IT-" + UUID.randomUUID(), kind, 1, 0, null,
                new byte[] {1, 2, 3});
    }

    /** Acme's key, where the IT network's bootstrap put it (the domain's claimsnet.network.dir). */
    private static KeyPair acmeKey() {
        return NetworkFiles.fromSystemProperty().loadKey("acme");
    }

    private static CordaX500Name notary() throws NamingException {
        return runtime().configuration().legalName();
    }

    /** POSTs to the node's mutual-TLS P2P listener as Acme, with Acme's TLS certificate. */
    private static HttpResponse<String> post(byte[] body) throws IOException, InterruptedException, NamingException {
        return post(body, tlsOf("acme"));
    }

    private static HttpResponse<String> post(byte[] body, NodeTlsIdentity client)
            throws IOException, InterruptedException, NamingException {
        // HTTP/1.1 as the nodes' outbox speaks it (HttpDelivery); the P2P listener offers nothing else.
        return send(p2pEndpoint(), body, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(client.sslContext()).sslParameters(client.sslParameters()));
    }

    private static HttpResponse<String> send(URI endpoint, byte[] body, HttpClient.Builder client)
            throws IOException, InterruptedException {
        return client.connectTimeout(Duration.ofSeconds(10)).build().send(HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI p2pEndpoint() throws NamingException {
        return URI.create(runtime().configuration().p2pAddress() + "/api/p2p/messages");
    }

    private static int p2pPort() throws NamingException {
        return p2pEndpoint().getPort();
    }

    /** A node's TLS identity, where the IT network's bootstrap put it (the domain's claimsnet.network.dir). */
    private static NodeTlsIdentity tlsOf(String nodeId) {
        return NetworkFiles.fromSystemProperty().loadTls(nodeId);
    }

    /** Acme's name on a certificate of a TLS root the network never heard of, trusting the network's root. */
    private static NodeTlsIdentity acmeUnderAnotherRoot() {
        KeyPair rootKey = TlsCertificateIssuer.newKeyPair();
        X509Certificate otherRoot = TlsCertificateIssuer.selfSignedRoot(rootKey, new X500Principal("CN=Some Other Root"), Instant.now());
        return identityIssuedBy(rootKey.getPrivate(), otherRoot, acme());
    }

    /** A certificate for {@code name} issued with the IT network's TLS root key (the bootstrap's, in the state directory). */
    private static NodeTlsIdentity issuedByTheNetworkRoot(CordaX500Name name) throws IOException {
        NetworkFiles files = NetworkFiles.fromSystemProperty();
        char[] password = java.nio.file.Files.readString(files.tlsRootKeystorePassword()).trim().toCharArray();
        java.security.KeyStore rootStore = TlsKeyStores.read(files.tlsRootKeystore(), password);
        return identityIssuedBy(TlsKeyStores.privateKey(rootStore, TlsKeyStores.ROOT_ALIAS, password),
                TlsKeyStores.chain(rootStore, TlsKeyStores.ROOT_ALIAS).get(0), name);
    }

    private static NodeTlsIdentity identityIssuedBy(java.security.PrivateKey rootKey, X509Certificate root, CordaX500Name name) {
        KeyPair key = TlsCertificateIssuer.newKeyPair();
        X509Certificate certificate = new TlsCertificateIssuer(rootKey, root)
                .issue(name.getX500Principal(), key.getPublic(), List.of("localhost"), Instant.now());
        char[] password = "transient".toCharArray();
        return NodeTlsIdentity.of(TlsKeyStores.keyStore(TlsKeyStores.KEY_ALIAS, key.getPrivate(), password, certificate, root),
                password, TlsKeyStores.trustStore(networkTrust().root(), password));
    }

    /** The IT network's TLS root, from the state directory the domain names (the test runs in the server). */
    private static NetworkTrust networkTrust() {
        return NetworkTrust.of(NetworkFiles.fromSystemProperty().stateDir());
    }

    private static NodeRuntime runtime() throws NamingException {
        return InitialContext.doLookup("java:app/claims-flows/NodeRuntime!" + NodeRuntime.class.getName());
    }

    private static DatabaseTransactions database() throws NamingException {
        return InitialContext.doLookup("java:app/claims-flows/JtaTransactions!" + DatabaseTransactions.class.getName());
    }
}
