package net.claimsnet.node.bootstrap;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.identity.NetworkMap;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.keys.NodeKeyStore;
import net.corda.core.crypto.Crypto;
import net.claimsnet.node.tls.NodeTlsIdentity;
import net.claimsnet.node.tls.TlsKeyStores;
import net.claimsnet.storage.jpa.ColumnKeyRing;
import net.claimsnet.storage.jpa.ColumnKeys;
import net.claimsnet.node.tls.TlsMaterialException;
import net.corda.core.node.NetworkParameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * Where the bootstrap keeps the network's generated files, under the state directory
 * ({@code .network/}, git-ignored):
 * <pre>
 *   keys/&lt;node&gt;.p12                        the node's Ed25519 key (PKCS12, mode 0600), and its column keys
 *                                          (AES-256 column-data, HmacSHA256 column-lookup) that protect its database
 *   keys/operator.p12                      the network operator's key, which signs map and parameters
 *   secrets/&lt;node&gt;.keystore-password      each keystore's generated password (mode 0600)
 *   secrets/operator.keystore-password
 *   network/network-map.signed             the network map signed by the operator
 *   network/network-parameters.signed      the network parameters (notary) signed by the operator
 *   network/network-root.key               the operator's public key (X.509 DER): what nodes trust
 *
 *   keys/tls-root.p12                      the network's TLS root CA: its EC key and self-signed certificate
 *   secrets/tls-root.keystore-password       (PKCS12, alias claimsnet-tls-root, mode 0600)
 *   tls/root.pem                           the TLS root certificate, PEM: what curl and browsers trust
 *   tls/truststore.p12                     the root certificate alone (PKCS12 trusted entry, alias
 *   secrets/truststore-password              claimsnet-tls-root): what the nodes' TLS stacks trust
 *   tls/&lt;node&gt;.p12                         the node's TLS key (EC P-256) and chain [node, root] under alias
 *   secrets/&lt;node&gt;.tls-password             tls; key password = store password (Payara's listener wants
 *                                            it so); mode 0600
 * </pre>
 * On one machine the nodes read the trust root from here; on a real network it is handed to each
 * operator out of band, as Corda's network-root truststore is. The TLS keys are never the ledger
 * keys: a node's ledger identity (keys/&lt;node&gt;.p12) stays when its TLS certificate is issued again.
 */
public final class NetworkFiles {

    /** The system property naming the state directory in a node's server (set by ./network). */
    public static final String STATE_DIR_PROPERTY = "claimsnet.network.dir";
    static final String OPERATOR = "operator";
    /** The name of the TLS root CA's key store (keys/) and password (secrets/). */
    static final String TLS_ROOT = "tls-root";
    /** The alias of a node's TLS key and chain in tls/&lt;node&gt;.p12. */
    public static final String TLS_KEY_ALIAS = TlsKeyStores.KEY_ALIAS;
    /** The alias of the root certificate in tls/truststore.p12. */
    public static final String TRUSTSTORE_ROOT_ALIAS = TlsKeyStores.ROOT_ALIAS;
    /** Names of the bootstrap's own files in keys/, secrets/ and tls/: no node may have them as its id. */
    static final java.util.List<String> RESERVED_IDS = java.util.List.of(OPERATOR, TLS_ROOT, "truststore");

    private final Path stateDir;
    /** The running node's own stores in its domain; null: every node's stores under the state directory. */
    private final NodeKeyCustody custody;

    public NetworkFiles(Path stateDir) {
        this(stateDir, null);
    }

    NetworkFiles(Path stateDir, NodeKeyCustody custody) {
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.custody = custody;
    }

    /**
     * The network's files for a node in its domain: the signed map and parameters from the state
     * directory, its own stores from the domain when its system properties name them ({@link NodeKeyCustody}).
     */
    public static NetworkFiles fromSystemProperty() {
        String dir = System.getProperty(STATE_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            throw new BootstrapException("The system property " + STATE_DIR_PROPERTY
                    + " must name the network's state directory (.network), where ./network up generated the keys and the network map");
        }
        return new NetworkFiles(Path.of(dir), NodeKeyCustody.fromSystemProperties().orElse(null));
    }

    public Path stateDir() {
        return stateDir;
    }

    /** Whether the node reads copies of its stores in its own domain ({@link NodeKeyCustody}) rather than .network's. */
    public boolean readsItsOwnCopies() {
        return custody != null;
    }

    public Path keystore(String nodeId) {
        return stateDir.resolve("keys").resolve(nodeId + ".p12");
    }

    public Path keystorePassword(String nodeId) {
        return stateDir.resolve("secrets").resolve(nodeId + ".keystore-password");
    }

    public Path operatorKeystore() {
        return keystore(OPERATOR);
    }

    public Path networkMap() {
        return stateDir.resolve("network").resolve("network-map.signed");
    }

    public Path networkParameters() {
        return stateDir.resolve("network").resolve("network-parameters.signed");
    }

    public Path networkRootKey() {
        return stateDir.resolve("network").resolve("network-root.key");
    }

    /** The TLS root CA's key and self-signed certificate (PKCS12, alias {@value #TRUSTSTORE_ROOT_ALIAS}). */
    public Path tlsRootKeystore() {
        return keystore(TLS_ROOT);
    }

    public Path tlsRootKeystorePassword() {
        return keystorePassword(TLS_ROOT);
    }

    /** The TLS root certificate, PEM ({@code curl --cacert .network/tls/root.pem}). */
    public Path tlsRootCertificate() {
        return tlsDir().resolve("root.pem");
    }

    /** The TLS root certificate alone, as a PKCS12 truststore (alias {@value #TRUSTSTORE_ROOT_ALIAS}). */
    public Path truststore() {
        return tlsDir().resolve("truststore.p12");
    }

    public Path truststorePassword() {
        return stateDir.resolve("secrets").resolve("truststore-password");
    }

    /** A node's TLS key and chain [node, root] (PKCS12, alias {@value #TLS_KEY_ALIAS}, key password = store password). */
    public Path tlsKeystore(String nodeId) {
        return tlsDir().resolve(nodeId + ".p12");
    }

    public Path tlsKeystorePassword(String nodeId) {
        return stateDir.resolve("secrets").resolve(nodeId + ".tls-password");
    }

    Path tlsDir() {
        return stateDir.resolve("tls");
    }

    /** The operator's public key the nodes trust. */
    public PublicKey trustRoot() {
        try {
            return Crypto.decodePublicKey(Files.readAllBytes(networkRootKey()));
        } catch (IOException e) {
            throw new BootstrapException("Cannot read the network's trust root " + networkRootKey()
                    + " (run ./network up to generate it): " + e, e);
        }
    }

    /** Opens a node's keystore with its generated password. */
    public KeyPair loadKey(String nodeId) {
        return withKeystore(nodeId, (keystore, password) -> {
            try {
                return NodeKeyStore.load(keystore, password);
            } catch (LedgerException e) {
                throw new BootstrapException(e.getMessage() + " (its password is " + keystorePassword(nodeId) + ")", e);
            }
        });
    }

    /**
     * Node {@code nodeId}'s column keys (its database's encryption and look-up keys), from its keystore;
     * added to the keystore first if it was made before the node encrypted its columns.
     */
    public ColumnKeys loadColumnKeys(String nodeId) {
        return columnKeys(nodeId).keys();
    }

    /** Every generation of node {@code nodeId}'s column keys its keystore holds (more than one after a rotation). */
    public ColumnKeyRing loadColumnKeyRing(String nodeId) {
        return columnKeys(nodeId).ring();
    }

    ColumnKeyEntries.Loaded columnKeys(String nodeId) {
        return withKeystore(nodeId, ColumnKeyEntries::loadOrAdd);
    }

    /** What {@code use} makes of node {@code nodeId}'s keystore opened with its password, wiped after. */
    <T> T withKeystore(String nodeId, BiFunction<Path, char[], T> use) {
        if (custody != null && custody.isFor(nodeId)) {
            char[] password = custody.keystorePassword();
            try {
                return use.apply(custody.keystore(), password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        Path keystore = keystore(nodeId);
        if (!Files.isRegularFile(keystore)) {
            throw new BootstrapException("No key for " + nodeId + " at " + keystore + " (run ./network up to generate it)");
        }
        char[] password = passwordOf(keystore, keystorePassword(nodeId), "to give " + nodeId + " a new key");
        try {
            return use.apply(keystore, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Node {@code nodeId}'s TLS key store and the network's truststore, opened: what its P2P client
     * presents and its listener accepts.
     */
    public NodeTlsIdentity loadTls(String nodeId) {
        if (custody != null && custody.isFor(nodeId)) {
            return openTls(nodeId, custody.tlsKeystore(), custody.tlsKeystorePassword(), custody.truststore(),
                    custody.truststorePassword());
        }
        Path keystore = tlsKeystore(nodeId);
        if (!Files.isRegularFile(keystore) || !Files.isRegularFile(truststore())) {
            throw new BootstrapException("No TLS key store for " + nodeId + " at " + keystore + " or no truststore "
                    + truststore() + " (run ./network up to issue them)");
        }
        char[] password = passwordOf(keystore, tlsKeystorePassword(nodeId), "to issue " + nodeId + " a new TLS certificate");
        char[] trustPassword = passwordOf(truststore(), truststorePassword(), "to write it again");
        return openTls(nodeId, keystore, password, truststore(), trustPassword);
    }

    /** Opens a TLS key store and the truststore, and wipes both passwords. */
    private static NodeTlsIdentity openTls(String nodeId, Path keystore, char[] password, Path truststore, char[] trustPassword) {
        if (!Files.isRegularFile(keystore) || !Files.isRegularFile(truststore)) {
            Arrays.fill(password, '\0');
            Arrays.fill(trustPassword, '\0');
            throw new BootstrapException("No TLS key store for " + nodeId + " at " + keystore + " or no truststore "
                    + truststore + " (run ./network up to issue them)");
        }
        try {
            return NodeTlsIdentity.of(TlsKeyStores.read(keystore, password), password,
                    TlsKeyStores.read(truststore, trustPassword));
        } catch (TlsMaterialException e) {
            throw new BootstrapException(e.getMessage() + " (run ./network up to issue " + nodeId + "'s TLS certificate again)", e);
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(trustPassword, '\0');
        }
    }

    /** The password of an existing store; refused (not replaced) when it was lost. */
    static char[] passwordOf(Path store, Path passwordFile, String remedy) {
        if (!Files.isRegularFile(passwordFile)) {
            throw new BootstrapException("The keystore " + store + " exists but its password " + passwordFile
                    + " does not; restore the password, or delete the keystore " + remedy);
        }
        return OwnerOnlyFiles.readSecret(passwordFile);
    }

    /** The network map, refused unless the operator signed exactly its bytes. */
    public TrustedNetworkMap loadNetworkMap() {
        PublicKey trustRoot = trustRoot();
        try {
            return TrustedNetworkMap.verify(SignedFile.<NetworkMap>read(networkMap()), trustRoot);
        } catch (LedgerException e) {
            throw new BootstrapException(networkMap() + ": " + e.getMessage(), e);
        }
    }

    /** The network parameters, refused unless the operator signed exactly their bytes. */
    public NetworkParameters loadNetworkParameters() {
        return SignedFile.verify(SignedFile.read(networkParameters()), trustRoot(), NetworkParameters.class,
                networkParameters());
    }

    /** Everything node {@code nodeId} needs to start; its own key must be the one the map names for it. */
    public NodeNetworkState loadNode(String nodeId, net.corda.core.identity.CordaX500Name legalName) {
        KeyPair keyPair = loadKey(nodeId);
        TrustedNetworkMap map = loadNetworkMap();
        PublicKey onMap = map.find(legalName).orElseThrow(() -> new BootstrapException(legalName
                + " is not on the network map " + networkMap() + " (run ./network up to re-sign it)")).getOwningKey();
        if (!onMap.equals(keyPair.getPublic())) {
            throw new BootstrapException("The network map names another key for " + legalName + " than "
                    + keystore(nodeId) + " holds (run ./network up to re-sign it)");
        }
        return new NodeNetworkState(keyPair, map, loadNetworkParameters());
    }
}
