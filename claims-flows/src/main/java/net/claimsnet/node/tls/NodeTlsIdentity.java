package net.claimsnet.node.tls;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A node's TLS key store and the network's truststore, loaded: what the node presents (its
 * certificate, issued by the network's TLS root for its legal name) and what it accepts (certificates
 * of that root only). Its {@link #sslContext()} serves both ends of mutual TLS: the P2P client
 * presents the node's certificate with it, a listener asks the peer for one.
 */
public final class NodeTlsIdentity {

    /** The TLS versions the nodes speak; older ones are refused. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private final List<X509Certificate> chain;
    private final SSLContext sslContext;

    private NodeTlsIdentity(List<X509Certificate> chain, SSLContext sslContext) {
        this.chain = chain;
        this.sslContext = sslContext;
    }

    /**
     * @param keyStore   the node's store: its key and chain under {@link TlsKeyStores#KEY_ALIAS}
     * @param password   the key store's password, also its key's
     * @param trustStore the network's truststore, the root certificate alone
     */
    public static NodeTlsIdentity of(KeyStore keyStore, char[] password, KeyStore trustStore) {
        List<X509Certificate> chain = TlsKeyStores.chain(keyStore, TlsKeyStores.KEY_ALIAS);
        TlsKeyStores.privateKey(keyStore, TlsKeyStores.KEY_ALIAS, password);
        if (TlsKeyStores.trusted(trustStore).isEmpty()) {
            throw new TlsMaterialException("The truststore holds no trusted certificate");
        }
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
            keys.init(keyStore, password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return new NodeTlsIdentity(chain, context);
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("Cannot make a TLS context of the node's key store and the truststore: " + e, e);
        }
    }

    /** The node's certificate: subject its legal name, issuer the network's TLS root. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The node's certificate chain as it presents it, leaf first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** Keys: the node's; trust: the network's TLS root only. Restrict it to {@link #PROTOCOLS} where used ({@link #sslParameters()}). */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** Parameters of this context restricted to {@link #PROTOCOLS}; a listener adds client authentication, a client endpoint identification. */
    public SSLParameters sslParameters() {
        SSLParameters parameters = sslContext.getDefaultSSLParameters();
        parameters.setProtocols(PROTOCOLS.toArray(String[]::new));
        return parameters;
    }
}
