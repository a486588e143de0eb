package net.claimsnet.web;

import net.claimsnet.node.tls.TlsCertificateIssuer;
import net.claimsnet.node.tls.TlsKeyStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.security.auth.x500.X500Principal;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tests' trust in a network's TLS root: read from its state directory's tls/root.pem; the HTTPS twin of a plain URL. */
class NetworkTrustTest {

    @Test
    void the_https_listener_of_a_plain_url_is_the_next_port_with_the_same_path() throws Exception {
        assertThat(NetworkTrust.https(new URL("http://localhost:8980/"))).isEqualTo(URI.create("https://localhost:8981/"));
        assertThat(NetworkTrust.https(new URL("http://127.0.0.1:9480/api/claims?size=1")))
                .isEqualTo(URI.create("https://127.0.0.1:9481/api/claims?size=1"));
    }

    @Test
    void the_root_is_read_from_the_state_directorys_root_pem(@TempDir Path state) throws Exception {
        X509Certificate root = TlsCertificateIssuer.selfSignedRoot(TlsCertificateIssuer.newKeyPair(),
                new X500Principal("CN=Test Network TLS Root"), Instant.now());
        Files.createDirectories(state.resolve("tls"));
        Files.write(state.resolve("tls").resolve("root.pem"), TlsKeyStores.pem(root));

        NetworkTrust trust = NetworkTrust.of(state);

        assertThat(trust.root()).isEqualTo(root);
        assertThat(trust.sslContext().getProtocol()).isEqualTo("TLS");
        assertThat(trust.spkiSha256()).hasSize(44).endsWith("=");
    }

    @Test
    void a_network_not_bootstrapped_yet_is_named_in_the_failure(@TempDir Path state) {
        assertThatThrownBy(() -> NetworkTrust.of(state)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(state.resolve("tls").resolve("root.pem").toString());
    }
}
