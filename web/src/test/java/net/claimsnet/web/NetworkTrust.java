package net.claimsnet.web;

import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.bench.network.TlsRoot;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;

/**
 * What a client of the nodes' HTTPS listeners trusts in the tests: the network's TLS root
 * ({@code tls/root.pem} in the network's state directory, as a browser that imported it) and nothing
 * else, not the JDK's public CAs; no client certificate (the desk and the API take logins, P2P has its
 * own). The ITs' network is the one {@code ./network prepare-it} made ({@link #itNetwork()}), the
 * E2E tests' the one {@code ./network up} made ({@link #runningNetwork()}).
 */
public final class NetworkTrust {

    /** Where ear/pom.xml's payara-it profile says the IT network is; the ITs run in ear/ (../.network/it otherwise). */
    public static final String IT_NETWORK_PROPERTY = "claimsnet.it.network";

    private final X509Certificate root;
    private final SSLContext sslContext;

    private NetworkTrust(X509Certificate root, SSLContext sslContext) {
        this.root = root;
        this.sslContext = sslContext;
    }

    /** The root of the network whose state directory this is ({@code .network}, {@code .network/it}). */
    public static NetworkTrust of(Path stateDir) {
        Path pem = new NetworkFiles(stateDir).tlsRootCertificate();
        try (InputStream in = Files.newInputStream(pem)) {
            X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return new NetworkTrust(root, TlsRoot.trusting(pem));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the network's TLS root " + pem + " (made at bootstrap by ./network): " + e, e);
        }
    }

    /** The root of the IT network ({@code ./network prepare-it}). */
    public static NetworkTrust itNetwork() {
        return of(Path.of(System.getProperty(IT_NETWORK_PROPERTY, "../.network/it")));
    }

    private static volatile NetworkTrust running;

    /**
     * The root of the network {@code ./network up} runs from this repository (Maven runs the web
     * module's tests in web/: ../.network), read once it is first asked for, after {@code up} made it.
     */
    public static NetworkTrust runningNetwork() {
        NetworkTrust trust = running;
        if (trust == null) {
            trust = of(Path.of("..", ".network").toAbsolutePath().normalize());
            running = trust;
        }
        return trust;
    }

    public X509Certificate root() {
        return root;
    }

    /** TLS trusting the root alone. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** An HTTP client (HTTP/1.1, as the nodes speak it) trusting the root alone. */
    public HttpClient.Builder client() {
        return HttpClient.newBuilder().sslContext(sslContext).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
    }

    /**
     * The base64 SHA-256 of the root's SubjectPublicKeyInfo: what Chromium's
     * {@code --ignore-certificate-errors-spki-list} takes to accept chains up to this root only.
     */
    public String spkiSha256() {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(root.getPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256: " + e, e);
        }
    }

    /**
     * The HTTPS listener's URL for a node's plain one (Arquillian's {@code @ArquillianResource URL}):
     * the same host and path at port + 1.
     */
    public static URI https(URL plain) {
        return URI.create("https://" + plain.getHost() + ":" + (plain.getPort() + 1) + plain.getFile());
    }
}
