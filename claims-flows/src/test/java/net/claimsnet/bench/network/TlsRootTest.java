package net.claimsnet.bench.network;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import net.claimsnet.node.bootstrap.NetworkBootstrap;
import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.config.ConfigFiles;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.tls.TlsCertificateIssuer;
import net.claimsnet.node.tls.TlsKeyStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLHandshakeException;
import javax.security.auth.x500.X500Principal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmarks' client over HTTPS: it reaches a listener with a certificate of the network's TLS root
 * (the JDK's HttpsServer with St. Mary's certificate from a bootstrap of config/nodes) when it trusts
 * that root's root.pem, and no listener of another root; the nodes' base URLs are their HTTPS listeners.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsRootTest {

    @TempDir
    static Path dir;
    private NetworkFiles files;
    private HttpsServer stMary;

    @BeforeAll
    void bootstrapAndServe() throws Exception {
        NetworkConfiguration configuration = NetworkConfiguration.load(ConfigFiles.copyOfNodes(dir));
        files = new NetworkFiles(dir.resolve("state"));
        new NetworkBootstrap(files, Clock.systemUTC()).run(configuration);
        stMary = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stMary.setHttpsConfigurator(new HttpsConfigurator(files.loadTls("stmary").sslContext()));
        stMary.createContext("/health/ready", exchange -> {
            byte[] body = "{\"status\": \"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stMary.start();
    }

    @AfterAll
    void stop() {
        stMary.stop(0);
    }

    private URI health() {
        return URI.create("https://127.0.0.1:" + stMary.getAddress().getPort() + "/health/ready");
    }

    @Test
    void a_client_trusting_the_networks_root_pem_reaches_a_node_certificate_of_that_root() throws Exception {
        ClaimsApi api = new ClaimsApi(TlsRoot.trusting(files.tlsRootCertificate()));

        assertThat(api.getAnonymous(health(), Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void a_client_trusting_another_root_or_the_jdks_public_cas_does_not() throws Exception {
        Path otherRoot = dir.resolve("other-root.pem");
        Files.write(otherRoot, TlsKeyStores.pem(TlsCertificateIssuer.selfSignedRoot(TlsCertificateIssuer.newKeyPair(),
                new X500Principal("CN=Some Other Root"), Instant.now())));

        for (ClaimsApi api : List.of(new ClaimsApi(TlsRoot.trusting(otherRoot)), new ClaimsApi())) {
            assertThatThrownBy(() -> api.getAnonymous(health(), Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).satisfies(failure -> assertThat(causes(failure))
                            .anyMatch(SSLHandshakeException.class::isInstance));
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new java.util.ArrayList<>();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    @Test
    void the_nodes_are_reached_at_their_https_listeners_http_port_plus_one() {
        List<NetworkNode> nodes = NetworkNode.all(dir.resolve("nodes"));

        assertThat(NetworkNode.byId(nodes, "stmary").baseUrl()).isEqualTo(URI.create("https://127.0.0.1:8381/"));
        assertThat(NetworkNode.byId(nodes, "acme").describe()).isEqualTo("Acme Health Insurance (https://127.0.0.1:8281)");
    }
}
