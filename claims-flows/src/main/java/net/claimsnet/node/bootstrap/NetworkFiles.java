package net.claimsnet.node.bootstrap;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.identity.NetworkMap;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.keys.NodeKeyStore;
import net.corda.core.crypto.Crypto;
import net.corda.core.node.NetworkParameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * Where the bootstrap keeps the network's generated files, under the state directory
 * ({@code .network/}, git-ignored):
 * <pre>
 *   keys/&lt;node&gt;.p12                        the node's Ed25519 key (PKCS12, mode 0600)
 *   keys/operator.p12                      the network operator's key, which signs map and parameters
 *   secrets/&lt;node&gt;.keystore-password      each keystore's generated password (mode 0600)
 *   secrets/operator.keystore-password
 *   network/network-map.signed             the network map signed by the operator
 *   network/network-parameters.signed      the network parameters (notary) signed by the operator
 *   network/network-root.key               the operator's public key (X.509 DER): what nodes trust
 * </pre>
 * On one machine the nodes read the trust root from here; on a real network it is handed to each
 * operator out of band, as Corda's network-root truststore is.
 */
public final class NetworkFiles {

    /** The system property naming the state directory in a node's server (set by ./network). */
    public static final String STATE_DIR_PROPERTY = "claimsnet.network.dir";
    static final String OPERATOR = "operator";

    private final Path stateDir;

    public NetworkFiles(Path stateDir) {
        this.stateDir = stateDir.toAbsolutePath().normalize();
    }

    public static NetworkFiles fromSystemProperty() {
        String dir = System.getProperty(STATE_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            throw new BootstrapException("The system property " + STATE_DIR_PROPERTY
                    + " must name the network's state directory (.network), where ./network up generated the keys and the network map");
        }
        return new NetworkFiles(Path.of(dir));
    }

    public Path stateDir() {
        return stateDir;
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
        Path keystore = keystore(nodeId);
        if (!Files.isRegularFile(keystore)) {
            throw new BootstrapException("No key for " + nodeId + " at " + keystore + " (run ./network up to generate it)");
        }
        Path passwordFile = keystorePassword(nodeId);
        if (!Files.isRegularFile(passwordFile)) {
            throw new BootstrapException("The keystore " + keystore + " exists but its password " + passwordFile
                    + " does not; restore the password, or delete the keystore to give " + nodeId + " a new key");
        }
        char[] password = OwnerOnlyFiles.readSecret(passwordFile);
        try {
            return NodeKeyStore.load(keystore, password);
        } catch (LedgerException e) {
            throw new BootstrapException(e.getMessage() + " (its password is " + passwordFile + ")", e);
        } finally {
            Arrays.fill(password, '\0');
        }
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
