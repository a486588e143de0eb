package net.claimsnet.node.bootstrap;

import net.claimsnet.node.config.NodeConfiguration;
import net.claimsnet.node.tls.TlsCertificateIssuer;
import net.claimsnet.node.tls.TlsKeyStores;
import net.claimsnet.node.tls.TlsMaterialException;

import javax.security.auth.x500.X500Principal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bootstrap's TLS step: brings the network's TLS root CA, its published certificate
 * (tls/root.pem, tls/truststore.p12) and each node's TLS key store ({@link NetworkFiles}) in line
 * with config/nodes, changing only what differs, as the bootstrap does with the ledger keys. The
 * root is made when its key store is missing or expires within {@link #RENEW_BEFORE}; a node's
 * certificate is issued (with a new key) when its key store is missing, its subject or host names
 * no longer match the node's file, the current root did not issue it, or it expires within
 * {@link #RENEW_BEFORE}. A new root therefore re-issues every node's. A store whose password was lost
 * is refused, not replaced, as a ledger keystore is.
 */
final class NetworkTls {

    /** The TLS root CA's name. */
    static final X500Principal ROOT_SUBJECT =
            new X500Principal("CN=ClaimsNet TLS Root CA,O=ClaimsNet Network Operator,L=Zurich,C=CH");
    /** A certificate expiring within this is issued again. */
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final NetworkFiles files;
    private final Clock clock;

    NetworkTls(NetworkFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    void ensure(List<NodeConfiguration> nodes, List<String> changes) {
        TlsCertificateIssuer issuer = ensureRoot(changes);
        ensurePublished(issuer.root(), changes);
        for (NodeConfiguration node : nodes) {
            ensureNode(node, issuer, changes);
        }
    }

    private TlsCertificateIssuer ensureRoot(List<String> changes) {
        Path keystore = files.tlsRootKeystore();
        String reason = "no root yet";
        if (Files.exists(keystore)) {
            char[] password = NetworkFiles.passwordOf(keystore, files.tlsRootKeystorePassword(), "to make a new TLS root");
            try {
                KeyStore store = TlsKeyStores.read(keystore, password);
                PrivateKey key = TlsKeyStores.privateKey(store, TlsKeyStores.ROOT_ALIAS, password);
                X509Certificate root = TlsKeyStores.chain(store, TlsKeyStores.ROOT_ALIAS).get(0);
                Optional<String> expiring = expiresSoon(root);
                if (expiring.isEmpty()) {
                    return new TlsCertificateIssuer(key, root);
                }
                reason = "the old one " + expiring.get();
            } catch (TlsMaterialException e) {
                throw new BootstrapException(keystore + ": " + e.getMessage(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        KeyPair keyPair = TlsCertificateIssuer.newKeyPair();
        X509Certificate root = TlsCertificateIssuer.selfSignedRoot(keyPair, ROOT_SUBJECT, clock.instant());
        writeKeyStore(keystore, files.tlsRootKeystorePassword(), TlsKeyStores.ROOT_ALIAS, keyPair.getPrivate(), root);
        changes.add("made the network's TLS root CA (" + ROOT_SUBJECT.getName() + "; " + reason + ")");
        return new TlsCertificateIssuer(keyPair.getPrivate(), root);
    }

    /** tls/root.pem and tls/truststore.p12: the root certificate, rewritten only when they hold another. */
    private void ensurePublished(X509Certificate root, List<String> changes) {
        byte[] pem = TlsKeyStores.pem(root);
        Path pemFile = files.tlsRootCertificate();
        if (!Files.isRegularFile(pemFile) || !Arrays.equals(NetworkBootstrap.read(pemFile), pem)) {
            OwnerOnlyFiles.write(pemFile, pem, false);
            changes.add("wrote the TLS root certificate " + files.stateDir().relativize(pemFile));
        }
        Path truststore = files.truststore();
        if (!trusts(truststore, root)) {
            char[] password = OwnerOnlyFiles.passwordFor(files.truststorePassword());
            try {
                OwnerOnlyFiles.write(truststore, TlsKeyStores.bytes(TlsKeyStores.trustStore(root, password), password), false);
            } finally {
                Arrays.fill(password, '\0');
            }
            changes.add("wrote the TLS truststore " + files.stateDir().relativize(truststore));
        }
    }

    /** Whether the truststore opens with its password and trusts exactly this root. */
    private boolean trusts(Path truststore, X509Certificate root) {
        if (!Files.isRegularFile(truststore) || !Files.isRegularFile(files.truststorePassword())) {
            return false;
        }
        char[] password = OwnerOnlyFiles.readSecret(files.truststorePassword());
        try {
            return TlsKeyStores.trusted(TlsKeyStores.read(truststore, password)).equals(List.of(root));
        } catch (TlsMaterialException e) {
            // Not a store of ours, or another password: written again, it holds nothing secret.
            return false;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void ensureNode(NodeConfiguration node, TlsCertificateIssuer issuer, List<String> changes) {
        Path keystore = files.tlsKeystore(node.id());
        X500Principal subject = node.legalName().getX500Principal();
        Set<String> hostNames = hostNames(node);
        String reason = "no key store yet";
        if (Files.exists(keystore)) {
            Optional<String> stale = staleness(keystore, files.tlsKeystorePassword(node.id()), issuer.root(), subject, hostNames);
            if (stale.isEmpty()) {
                return;
            }
            reason = stale.get();
        }
        KeyPair keyPair = TlsCertificateIssuer.newKeyPair();
        X509Certificate certificate = issuer.issue(subject, keyPair.getPublic(), hostNames, clock.instant());
        writeKeyStore(keystore, files.tlsKeystorePassword(node.id()), TlsKeyStores.KEY_ALIAS, keyPair.getPrivate(),
                certificate, issuer.root());
        changes.add("issued a TLS certificate for " + node.id() + " (" + node.legalName() + "; " + reason + ")");
    }

    /** Why the node's certificate must be issued again; empty when it is fine. */
    private Optional<String> staleness(Path keystore, Path passwordFile, X509Certificate root, X500Principal subject,
                                       Set<String> hostNames) {
        char[] password = NetworkFiles.passwordOf(keystore, passwordFile, "to issue a new TLS certificate");
        List<X509Certificate> chain;
        try {
            KeyStore store = TlsKeyStores.read(keystore, password);
            TlsKeyStores.privateKey(store, TlsKeyStores.KEY_ALIAS, password);
            chain = TlsKeyStores.chain(store, TlsKeyStores.KEY_ALIAS);
        } catch (TlsMaterialException e) {
            throw new BootstrapException(keystore + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
        X509Certificate certificate = chain.get(0);
        if (!issuedBy(certificate, root) || chain.size() != 2 || !chain.get(1).equals(root)) {
            return Optional.of("the current TLS root did not issue the old one");
        }
        if (!certificate.getSubjectX500Principal().equals(subject)) {
            return Optional.of("the old one names " + certificate.getSubjectX500Principal().getName());
        }
        Set<String> named = TlsCertificateIssuer.hostNames(certificate);
        if (!named.equals(hostNames)) {
            return Optional.of("the host names changed from " + named + " to " + hostNames);
        }
        return expiresSoon(certificate).map(expiry -> "the old one " + expiry);
    }

    private Optional<String> expiresSoon(X509Certificate certificate) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        return notAfter.isBefore(clock.instant().plus(RENEW_BEFORE))
                ? Optional.of("expires on " + notAfter) : Optional.empty();
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate root) {
        if (!certificate.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(root.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The node's host as in its file, and the loopback names that reach it on its own machine. */
    static Set<String> hostNames(NodeConfiguration node) {
        Set<String> names = new TreeSet<>();
        names.add(TlsCertificateIssuer.normalise(node.host()));
        names.add("localhost");
        names.add(TlsCertificateIssuer.normalise("127.0.0.1"));
        return names;
    }

    /** A key store with the key's password its store's, readable by the owner only. */
    private static void writeKeyStore(Path keystore, Path passwordFile, String alias, PrivateKey key, X509Certificate... chain) {
        char[] password = OwnerOnlyFiles.passwordFor(passwordFile);
        try {
            OwnerOnlyFiles.write(keystore, TlsKeyStores.bytes(TlsKeyStores.keyStore(alias, key, password, chain), password), true);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
