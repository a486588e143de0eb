package net.claimsnet.web.e2e;

import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;
import net.claimsnet.node.tls.NodeTlsIdentity;
import net.claimsnet.node.tls.TlsCertificateIssuer;
import net.claimsnet.node.tls.TlsKeyStores;
import net.claimsnet.web.NetworkTrust;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLSession;
import javax.security.auth.x500.X500Principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The network as an operator runs it: {@code ./network up} brings every node of config/nodes up in
 * its own Payara domain; each reports ready with its node runtime started, trusts the same signed
 * network map and knows every other node; each serves its desk over HTTPS (TLS 1.3) with a
 * certificate of the network's TLS root for its legal name, its plain listener only sending there
 * (and keeping Payara's readiness check); each P2P listener takes only a peer presenting a
 * certificate of that root (none, or one of another root, gets no handshake), and its endpoint checks
 * what it is sent; each reads owner-only copies of its stores in its domain, their passwords only as
 * Payara password aliases; {@code ./network down} stops them all.
 */
@ExtendWith(RunningNetwork.class)
class NetworkE2E {

    /** Plain HTTP, for Payara's readiness check and what the plain listener does with the application's paths. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final NetworkConfiguration NETWORK =
            NetworkConfiguration.load(NetworkScript.ROOT.resolve("config").resolve("nodes"));
    private static final NetworkFiles FILES = new NetworkFiles(NetworkScript.ROOT.resolve(".network"));

    @Test
    void every_node_is_ready_with_its_runtime_trusts_the_same_map_and_knows_every_other_node() throws Exception {
        String mapVersion = null;
        for (NodeConfiguration node : NETWORK.nodes()) {
            HttpResponse<String> health = get(node.address() + "/health/ready");

            assertThat(health.statusCode()).as(node.id()).isEqualTo(200);
            String body = health.body();
            assertThat(body).as(node.id()).contains("\"runtime\":\"started\"")
                    .contains("\"node\":\"" + node.legalName() + "\"");
            String version = field(body, "networkMapVersion");
            mapVersion = mapVersion == null ? version : mapVersion;
            assertThat(version).as(node.id() + "'s network map version").isEqualTo(mapVersion);
            List<String> others = NETWORK.nodes().stream().filter(n -> n != node).map(n -> n.legalName().toString())
                    .collect(Collectors.toList());
            assertThat(field(body, "peersKnown").split("; ")).as(node.id()).containsExactlyInAnyOrderElementsOf(others);
            // Five processes on one machine share its clock: every peer heard from is within the tolerance.
            assertThat(field(body, "clockSkew")).as(node.id()).startsWith("every peer heard from within 60 s");
            assertThat(field(body, "vaultCheck")).as(node.id()).startsWith("the vault agrees with the latest");
        }
    }

    @Test
    void every_desk_answers_over_tls_1_3_with_a_certificate_of_the_network_root_for_its_legal_name() throws Exception {
        HttpClient trustingTheRoot = NetworkTrust.runningNetwork().client().build();
        for (NodeConfiguration node : NETWORK.nodes()) {
            HttpResponse<String> health = trustingTheRoot.send(HttpRequest.newBuilder(URI.create(node.secureAddress()
                    + "/health/ready")).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).as(node.id()).isEqualTo(200);
            SSLSession session = health.sslSession().orElseThrow();
            assertThat(session.getProtocol()).as(node.id()).isEqualTo("TLSv1.3");
            X509Certificate served = (X509Certificate) session.getPeerCertificates()[0];
            assertThat(CordaX500Name.build(served.getSubjectX500Principal())).as(node.id()).isEqualTo(node.legalName());
        }
    }

    @Test
    void every_p2p_endpoint_refuses_a_message_that_is_not_a_signed_envelope() throws Exception {
        NodeTlsIdentity stMary = FILES.loadTls("stmary");
        HttpClient peer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .sslContext(stMary.sslContext()).sslParameters(stMary.sslParameters()).build();
        for (NodeConfiguration node : NETWORK.nodes()) {
            HttpResponse<String> answer = postNotAnEnvelope(peer, node.p2pAddress());

            assertThat(answer.statusCode()).as(node.id() + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("X-ClaimsNet-Rejection")).as(node.id()).hasValue("MALFORMED");
        }
    }

    @Test
    void every_p2p_listener_completes_no_handshake_without_a_client_certificate() throws Exception {
        HttpClient noCertificate = NetworkTrust.runningNetwork().client().build();
        for (NodeConfiguration node : NETWORK.nodes()) {
            assertThatThrownBy(() -> postNotAnEnvelope(noCertificate, node.p2pAddress())).as(node.id())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void every_p2p_listener_completes_no_handshake_with_a_certificate_of_another_root() throws Exception {
        // St. Mary's own name, and a client that trusts the nodes' certificates: only the issuer is wrong.
        NodeTlsIdentity stMaryUnderAnotherRoot = underAnotherRoot(NETWORK.node("stmary").orElseThrow().legalName());
        HttpClient peer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .sslContext(stMaryUnderAnotherRoot.sslContext()).sslParameters(stMaryUnderAnotherRoot.sslParameters()).build();
        for (NodeConfiguration node : NETWORK.nodes()) {
            assertThatThrownBy(() -> postNotAnEnvelope(peer, node.p2pAddress())).as(node.id())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void the_desks_listeners_refuse_p2p_messages_which_come_with_no_certificate() throws Exception {
        HttpClient https = NetworkTrust.runningNetwork().client().build();
        for (NodeConfiguration node : NETWORK.nodes()) {
            for (HttpResponse<String> answer : List.of(postNotAnEnvelope(HTTP, node.address()),
                    postNotAnEnvelope(https, node.secureAddress()))) {
                assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(403);
                assertThat(answer.headers().firstValue("X-ClaimsNet-Rejection")).as(answer.uri().toString())
                        .hasValue("PEER_NOT_AUTHENTICATED");
            }
        }
    }

    @Test
    void every_plain_listener_sends_the_desk_and_the_api_to_https_and_refuses_writes() throws Exception {
        for (NodeConfiguration node : NETWORK.nodes()) {
            HttpResponse<String> desk = get(node.address() + "/login.xhtml");
            HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(node.address() + "/api/claims"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(desk.statusCode()).as(node.id()).isEqualTo(301);
            assertThat(desk.headers().firstValue("Location")).as(node.id()).hasValue(node.secureAddress() + "/login.xhtml");
            assertThat(api.statusCode()).as(node.id() + ": " + api.body()).isEqualTo(403);
            assertThat(api.body()).as(node.id()).contains(node.secureAddress() + "/api/claims");
        }
    }

    @Test
    void every_node_reads_owner_only_copies_of_its_stores_and_no_password_is_in_its_domain_xml_or_command_line() throws Exception {
        Path secrets = NetworkScript.ROOT.resolve(".network").resolve("secrets");
        List<String> passwords = new ArrayList<>();
        try (var files = Files.list(secrets)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".*(keystore-password|tls-password|truststore-password|database-password)")).toList()) {
                String secret = Files.readString(file).trim();
                if (secret.length() >= 8) {
                    passwords.add(secret);
                }
            }
        }
        assertThat(passwords).as("the generated passwords to look for").isNotEmpty();
        for (NodeConfiguration node : NETWORK.nodes()) {
            Path domain = NetworkScript.ROOT.resolve(".network").resolve("domains").resolve("claimsnet-" + node.id());
            Path stores = domain.resolve("config").resolve("claimsnet");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stores))).as(node.id()).isEqualTo("rwx------");
            for (String store : List.of("node.p12", "tls.p12", "truststore.p12")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stores.resolve(store))))
                        .as(node.id() + " " + store).isEqualTo("rw-------");
            }
            assertThat(Files.readAllBytes(stores.resolve("node.p12"))).as(node.id() + ": the operator's key store, copied")
                    .isEqualTo(Files.readAllBytes(FILES.keystore(node.id())));
            String domainXml = Files.readString(domain.resolve("config").resolve("domain.xml"));
            assertThat(domainXml).as(node.id()).contains("${ALIAS=claimsnet-keystore}", "${ALIAS=claimsnet-tls}")
                    .doesNotContain(".network/keys", ".network/secrets");
            String commandLine = Files.readString(Path.of("/proc", Files.readString(domain.resolve("config").resolve("pid")).trim(),
                    "cmdline")).replace('\0', ' ');
            for (String password : passwords) {
                assertThat(domainXml.contains(password)).as(node.id() + ": a generated password in domain.xml").isFalse();
                assertThat(commandLine.contains(password)).as(node.id() + ": a generated password on the JVM's command line").isFalse();
            }
        }
    }

    private static HttpResponse<String> postNotAnEnvelope(HttpClient client, String baseAddress)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseAddress + "/api/p2p/messages"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray("not an envelope".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A TLS identity for {@code name} from a root made here and thrown away (BouncyCastle, through the
     * bootstrap's issuer), trusting the network's root so that the client accepts the node's certificate.
     */
    private static NodeTlsIdentity underAnotherRoot(CordaX500Name name) {
        KeyPair rootKey = TlsCertificateIssuer.newKeyPair();
        X509Certificate otherRoot = TlsCertificateIssuer.selfSignedRoot(rootKey, new X500Principal("CN=Some Other Root"), Instant.now());
        KeyPair key = TlsCertificateIssuer.newKeyPair();
        X509Certificate certificate = new TlsCertificateIssuer(rootKey.getPrivate(), otherRoot)
                .issue(name.getX500Principal(), key.getPublic(), List.of("localhost", "127.0.0.1"), Instant.now());
        char[] password = "throwaway".toCharArray();
        return NodeTlsIdentity.of(TlsKeyStores.keyStore(TlsKeyStores.KEY_ALIAS, key.getPrivate(), password, certificate, otherRoot),
                password, TlsKeyStores.trustStore(NetworkTrust.runningNetwork().root(), password));
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A string field of the health check's data (MicroProfile Health reports every value as a string). */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
