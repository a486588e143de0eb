package net.claimsnet.node.bootstrap;

import net.claimsnet.node.tls.TlsCertificateIssuer;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseServerTlsTest {

    @TempDir
    Path dir;

    @Test
    void the_database_server_gets_a_certificate_of_the_database_root_for_its_host_and_a_key_only_its_owner_reads() throws Exception {
        DatabaseServerTls tls = new DatabaseServerTls(dir.resolve("postgres-tls"), Clock.systemUTC());
        Path certificate = dir.resolve("pg/claimsnet-server.crt");
        Path key = dir.resolve("pg/claimsnet-server.key");

        tls.issue(List.of("127.0.0.1", "localhost"), certificate, key);

        List<X509Certificate> chain = certificates(certificate);
        X509Certificate root = certificates(tls.rootCertificate()).get(0);
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1)).isEqualTo(root);
        chain.get(0).verify(root.getPublicKey());
        assertThat(TlsCertificateIssuer.hostNames(chain.get(0))).containsExactlyInAnyOrder("127.0.0.1", "localhost");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(signsFor(privateKey(key), chain.get(0))).as("the key is the certificate's").isTrue();
    }

    @Test
    void a_certificate_issued_again_comes_from_the_same_root() throws Exception {
        DatabaseServerTls tls = new DatabaseServerTls(dir.resolve("postgres-tls"), Clock.systemUTC());
        tls.issue(List.of("127.0.0.1"), dir.resolve("one.crt"), dir.resolve("one.key"));
        X509Certificate root = certificates(tls.rootCertificate()).get(0);

        new DatabaseServerTls(dir.resolve("postgres-tls"), Clock.systemUTC()).issue(List.of("db.example"), dir.resolve("two.crt"),
                dir.resolve("two.key"));

        assertThat(certificates(tls.rootCertificate())).containsExactly(root);
        certificates(dir.resolve("two.crt")).get(0).verify(root.getPublicKey());
        assertThat(TlsCertificateIssuer.hostNames(certificates(dir.resolve("two.crt")).get(0))).containsExactly("db.example");
        assertThat(Files.getPosixFilePermissions(dir.resolve("postgres-tls/root.p12.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    private static List<X509Certificate> certificates(Path pem) throws Exception {
        List<X509Certificate> certificates = new ArrayList<>();
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        factory.generateCertificates(new ByteArrayInputStream(Files.readAllBytes(pem)))
                .forEach(c -> certificates.add((X509Certificate) c));
        return certificates;
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        try (Reader reader = Files.newBufferedReader(pem); PEMParser parser = new PEMParser(reader)) {
            return new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parser.readObject());
        }
    }

    private static boolean signsFor(PrivateKey key, X509Certificate certificate) throws Exception {
        byte[] message = "claims".getBytes();
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(message);
        return verifier.verify(signature);
    }
}
