package net.claimsnet.bench.network;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

/**
 * The network's TLS root as the benchmarks' HTTPS clients trust it: the certificate {@code ./network}
 * made at bootstrap ({@code .network/tls/root.pem}; {@code -D}{@value #PROPERTY} for another), alone,
 * not the JDK's public CAs. JDK only, like the rest of the benchmarks' clients.
 */
public final class TlsRoot {

    /** {@code -Dtls.root=<PEM file>}: the root to trust instead of {@link #DEFAULT}. */
    public static final String PROPERTY = "tls.root";
    public static final Path DEFAULT = Path.of(".network", "tls", "root.pem");

    private TlsRoot() {
    }

    /** TLS trusting the root of {@code -Dtls.root}, by default the running network's. */
    public static SSLContext configured() {
        return trusting(Path.of(System.getProperty(PROPERTY, DEFAULT.toString())));
    }

    /** TLS trusting the certificate in this PEM file alone. */
    public static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("network-tls-root", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot trust the network's TLS root " + pem + " (./network up makes it): " + e, e);
        }
    }
}
