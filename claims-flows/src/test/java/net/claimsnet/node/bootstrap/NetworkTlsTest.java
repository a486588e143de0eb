package net.claimsnet.node.bootstrap;

import net.claimsnet.node.config.ConfigFiles;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.tls.NodeTlsIdentity;
import net.claimsnet.node.tls.TlsCertificateIssuer;
import net.claimsnet.node.tls.TlsKeyStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bootstrap's TLS material: a root CA, its certificate as PEM and as a truststore, and per node an
 * EC key with a certificate the root issued for the node's legal name and host; each made once and
 * issued again only when it no longer fits.
 */
class NetworkTlsTest {

    private static final List<String> NODES = List.of("notary", "acme", "stmary", "lakeside", "regulator");
    private static final Instant START = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path dir;

    private Path nodes;
    private NetworkFiles files;

    @BeforeEach
    void copyConfiguration() {
        nodes = ConfigFiles.copyOfNodes(dir);
        files = new NetworkFiles(dir.resolve("state"));
    }

    @Test
    void the_first_run_makes_the_root_its_pem_and_truststore_and_a_certificate_per_node() throws Exception {
        BootstrapReport report = run(START);

        assertThat(report.changes()).contains(
                "made the network's TLS root CA (CN=ClaimsNet TLS Root CA,O=ClaimsNet Network Operator,L=Zurich,C=CH; no root yet)",
                "wrote the TLS root certificate tls/root.pem", "wrote the TLS truststore tls/truststore.p12",
                "issued a TLS certificate for stmary (O=St. Mary Hospital, L=Boston, C=US; no key store yet)");
        X509Certificate root = pemRoot();
        assertThat(root.getSubjectX500Principal()).isEqualTo(NetworkTls.ROOT_SUBJECT);
        assertThat(root.getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
        assertThat(root.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        assertThat(root.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(root.getSigAlgName()).isEqualTo("SHA256withECDSA");
        root.verify(root.getPublicKey());
        KeyStore truststore = TlsKeyStores.read(files.truststore(), secret(files.truststorePassword()));
        assertThat(aliases(truststore)).containsExactly(NetworkFiles.TRUSTSTORE_ROOT_ALIAS);
        assertThat(truststore.isCertificateEntry(NetworkFiles.TRUSTSTORE_ROOT_ALIAS)).isTrue();
        assertThat(truststore.getCertificate(NetworkFiles.TRUSTSTORE_ROOT_ALIAS)).isEqualTo(root);

        for (String id : NODES) {
            NodeTlsIdentity tls = files.loadTls(id);
            X509Certificate certificate = tls.certificate();
            assertThat(certificate.getSubjectX500Principal()).as(id)
                    .isEqualTo(NetworkConfiguration.load(nodes).node(id).orElseThrow().legalName().getX500Principal());
            assertThat(certificate.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
            assertThat(tls.chain()).containsExactly(certificate, root);
            validate(tls.chain(), root);
            assertThat(certificate.getExtendedKeyUsage()).containsExactlyInAnyOrder("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
            assertThat(certificate.getBasicConstraints()).as("not a CA").isEqualTo(-1);
            assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
            assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
            assertThat(certificate.getSubjectAlternativeNames())
                    .contains(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
            assertThat(certificate.getNotAfter().toInstant()).isBetween(START.plus(Duration.ofDays(729)), START.plus(Duration.ofDays(731)));
            assertThat(tls.sslContext().getProtocol()).isEqualTo("TLS");
        }
    }

    @Test
    void a_node_store_opens_with_its_password_for_the_store_and_the_key_alike() throws Exception {
        run(START);

        char[] password = secret(files.tlsKeystorePassword("acme"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Files.readAllBytes(files.tlsKeystore("acme"))), password);

        assertThat(aliases(store)).containsExactly(NetworkFiles.TLS_KEY_ALIAS);
        assertThat(store.getKey(NetworkFiles.TLS_KEY_ALIAS, password)).isNotNull();
        assertThat(store.getCertificateChain(NetworkFiles.TLS_KEY_ALIAS)).hasSize(2);
    }

    @Test
    void the_tls_keys_are_not_the_ledger_keys() {
        run(START);

        for (String id : NODES) {
            PublicKey ledger = files.loadKey(id).getPublic();
            PublicKey tls = files.loadTls(id).certificate().getPublicKey();
            assertThat(tls).as(id).isNotEqualTo(ledger);
            assertThat(tls.getEncoded()).isNotEqualTo(ledger.getEncoded());
        }
    }

    @Test
    void keys_and_passwords_are_the_owners_only_the_root_certificate_anyones() throws IOException {
        run(START);

        for (Path secret : List.of(files.tlsRootKeystore(), files.tlsRootKeystorePassword(), files.truststorePassword(),
                files.tlsKeystore("acme"), files.tlsKeystorePassword("acme"), files.tlsKeystore("notary"))) {
            assertThat(mode(secret)).as(secret.toString()).isEqualTo("rw-------");
        }
        assertThat(files.tlsRootKeystorePassword()).hasFileName("tls-root.keystore-password");
        assertThat(files.tlsKeystorePassword("acme")).hasFileName("acme.tls-password");
        assertThat(mode(files.tlsRootCertificate())).isEqualTo("rw-r--r--");
        assertThat(mode(files.truststore())).isEqualTo("rw-r--r--");
    }

    @Test
    void a_second_run_changes_nothing() throws IOException {
        run(START);
        Map<Path, byte[]> before = StateFiles.snapshot(files);

        BootstrapReport second = run(START.plus(Duration.ofDays(1)));

        assertThat(second.changes()).isEmpty();
        Map<Path, byte[]> after = StateFiles.snapshot(files);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((file, content) -> assertThat(content).as(file.toString()).isEqualTo(before.get(file)));
    }

    @Test
    void a_deleted_node_store_is_issued_again_for_that_node_only() throws IOException {
        run(START);
        Map<Path, byte[]> before = StateFiles.snapshot(files);
        X509Certificate old = files.loadTls("stmary").certificate();
        Files.delete(files.tlsKeystore("stmary"));

        BootstrapReport report = run(START);

        assertThat(report.changes()).containsExactly(
                "issued a TLS certificate for stmary (O=St. Mary Hospital, L=Boston, C=US; no key store yet)");
        assertThat(files.loadTls("stmary").certificate()).isNotEqualTo(old);
        assertThat(StateFiles.bytes(files.tlsKeystorePassword("stmary"))).as("the password kept").isEqualTo(before.get(files.tlsKeystorePassword("stmary")));
        for (String id : List.of("notary", "acme", "lakeside", "regulator")) {
            assertThat(StateFiles.bytes(files.tlsKeystore(id))).as(id).isEqualTo(before.get(files.tlsKeystore(id)));
        }
    }

    @Test
    void a_new_root_issues_every_node_certificate_again_and_rewrites_what_is_published() throws Exception {
        run(START);
        X509Certificate oldRoot = pemRoot();
        Files.delete(files.tlsRootKeystore());

        BootstrapReport report = run(START);

        assertThat(report.changes()).hasSize(2 + 1 + NODES.size()).contains(
                "wrote the TLS root certificate tls/root.pem", "wrote the TLS truststore tls/truststore.p12",
                "issued a TLS certificate for acme (O=Acme Health Insurance, L=Hartford, C=US; "
                        + "the current TLS root did not issue the old one)");
        X509Certificate root = pemRoot();
        assertThat(root).isNotEqualTo(oldRoot);
        for (String id : NODES) {
            NodeTlsIdentity tls = files.loadTls(id);
            validate(tls.chain(), root);
            assertThat(tls.chain().get(1)).isEqualTo(root);
        }
        assertThat(run(START).changes()).isEmpty();
    }

    @Test
    void a_certificate_expiring_within_30_days_is_issued_again_while_the_root_stays() throws Exception {
        run(START);
        X509Certificate root = pemRoot();
        Instant notAfter = files.loadTls("acme").certificate().getNotAfter().toInstant();

        assertThat(run(notAfter.minus(Duration.ofDays(31))).changes()).as("a month and a day before").isEmpty();
        BootstrapReport report = run(notAfter.minus(Duration.ofDays(29)));

        assertThat(report.changes()).hasSize(NODES.size())
                .contains("issued a TLS certificate for acme (O=Acme Health Insurance, L=Hartford, C=US; the old one expires on "
                        + notAfter + ")");
        assertThat(pemRoot()).isEqualTo(root);
        assertThat(files.loadTls("acme").certificate().getNotAfter()).isAfter(Date.from(notAfter));
    }

    @Test
    void a_new_host_issues_that_nodes_certificate_again_naming_it() throws Exception {
        run(START);

        ConfigFiles.set(nodes.resolve("lakeside.properties"), "host", "Lakeside.Claims.Example");
        BootstrapReport report = run(START);

        assertThat(report.changes()).contains("issued a TLS certificate for lakeside (O=Lakeside Clinic, L=Denver, C=US; "
                + "the host names changed from [127.0.0.1, localhost] to [127.0.0.1, lakeside.claims.example, localhost])");
        assertThat(report.changes()).noneMatch(change -> change.startsWith("issued a TLS certificate for acme"));
        assertThat(files.loadTls("lakeside").certificate().getSubjectAlternativeNames())
                .contains(List.of(2, "lakeside.claims.example"), List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(TlsCertificateIssuer.hostNames(files.loadTls("lakeside").certificate()))
                .isEqualTo(Set.of("127.0.0.1", "lakeside.claims.example", "localhost"));
    }

    @Test
    void a_node_store_whose_password_was_lost_is_reported_not_replaced() throws IOException {
        run(START);
        byte[] store = StateFiles.bytes(files.tlsKeystore("acme"));
        Files.delete(files.tlsKeystorePassword("acme"));

        assertThatThrownBy(() -> run(START)).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("exists but its password " + files.tlsKeystorePassword("acme") + " does not");
        assertThatThrownBy(() -> files.loadTls("acme")).isInstanceOf(BootstrapException.class)
                .hasMessageContaining(files.tlsKeystorePassword("acme").toString());
        assertThat(StateFiles.bytes(files.tlsKeystore("acme"))).isEqualTo(store);
    }

    @Test
    void a_node_without_tls_files_is_told_to_run_the_bootstrap() {
        assertThatThrownBy(() -> files.loadTls("acme")).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("run ./network up");
    }

    @Test
    void a_node_may_not_take_the_name_of_the_bootstraps_own_files() throws IOException {
        Files.writeString(nodes.resolve("truststore.properties"), """
                node.name=O=Harbor Medical Group,L=Portland,C=US
                node.role=provider
                http.port=8680
                admin.port=8648
                """);

        assertThatThrownBy(() -> run(START)).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("a node cannot be called truststore");
        assertThat(files.truststore()).doesNotExist();
    }

    private BootstrapReport run(Instant at) {
        return new NetworkBootstrap(files, Clock.fixed(at, ZoneOffset.UTC)).run(NetworkConfiguration.load(nodes));
    }

    private X509Certificate pemRoot() throws Exception {
        try (var in = Files.newInputStream(files.tlsRootCertificate())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** PKIX path validation of the chain against the root, at a time within the certificate's validity. */
    private static void validate(List<X509Certificate> chain, X509Certificate root) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(chain.get(0).getNotBefore().toInstant().plus(Duration.ofDays(1))));
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(chain.subList(0, 1)), parameters);
    }

    private static char[] secret(Path file) throws IOException {
        return Files.readString(file).trim().toCharArray();
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static List<String> aliases(KeyStore store) throws Exception {
        return java.util.Collections.list(store.aliases());
    }
}
