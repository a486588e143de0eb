package net.claimsnet.node.bootstrap;

import net.claimsnet.ledger.identity.NetworkMap;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.keys.NodeKeyStore;
import net.claimsnet.ledger.resolution.NetworkParametersFactory;
import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;
import net.corda.core.crypto.SignedData;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.node.NetworkParameters;
import net.corda.core.node.NotaryInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Brings the network's generated files ({@link NetworkFiles}) in line with config/nodes, changing
 * only what differs, as Corda's network bootstrapper does for a fresh network:
 * <ul>
 *   <li>a key for each node and for the operator, generated only when its keystore is missing
 *   (a node keeps its key, and so its identity, across every later run); in each node's keystore,
 *   its column keys (database encryption and look-up hashing), added when missing;</li>
 *   <li>the network map (legal name, key, role, and the address of the node's mutual-TLS P2P
 *   listener {@code https://host:http.port+2} per node), signed by the operator, re-signed with the
 *   next version only when an entry changed;</li>
 *   <li>the network parameters naming the notary, re-issued with the next epoch only when the
 *   notary changed (transactions name the parameters by hash, so unchanged ones stay byte for byte);</li>
 *   <li>the TLS material ({@link NetworkTls}): the network's TLS root CA, its certificate as PEM and
 *   as a truststore, and a TLS key and certificate per node, issued only when missing, no longer
 *   matching the node's file or the root, or about to expire.</li>
 * </ul>
 * A map or parameters file that does not carry the operator's signature is refused, not overwritten.
 */
public final class NetworkBootstrap {

    /** The network operator, as it appears in its key's certificate. */
    public static final CordaX500Name OPERATOR_NAME = CordaX500Name.parse("O=ClaimsNet Network Operator,L=Zurich,C=CH");

    private final NetworkFiles files;
    private final Clock clock;

    public NetworkBootstrap(NetworkFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    public BootstrapReport run(NetworkConfiguration network) {
        LedgerSerialization.ensureInstalled();
        List<String> changes = new ArrayList<>();
        for (NodeConfiguration node : network.nodes()) {
            if (NetworkFiles.RESERVED_IDS.contains(node.id())) {
                throw new BootstrapException(node.file() + ": a node cannot be called " + node.id()
                        + ", the name of the bootstrap's own files " + NetworkFiles.RESERVED_IDS + "; rename its file");
            }
        }
        OwnerOnlyFiles.ensurePrivateDirectory(files.stateDir().resolve("secrets"));
        OwnerOnlyFiles.ensurePrivateDirectory(files.stateDir().resolve("keys"));

        boolean newOperator = !Files.exists(files.operatorKeystore());
        KeyPair operator = keyOf(NetworkFiles.OPERATOR, OPERATOR_NAME, changes);
        byte[] trustRoot = operator.getPublic().getEncoded();
        if (!Files.exists(files.networkRootKey()) || !Arrays.equals(read(files.networkRootKey()), trustRoot)) {
            OwnerOnlyFiles.write(files.networkRootKey(), trustRoot, false);
            changes.add("wrote the network's trust root (the operator's public key)");
        }

        List<NetworkMapEntry> entries = new ArrayList<>();
        for (NodeConfiguration node : network.nodes()) {
            boolean existingKeystore = Files.exists(files.keystore(node.id()));
            KeyPair key = keyOf(node.id(), node.legalName(), changes);
            // A new keystore gets them with its key ("generated a key"); one of an earlier version now.
            if (files.columnKeys(node.id()).added() && existingKeystore) {
                changes.add("added column encryption keys to " + node.id() + "'s keystore");
            }
            entries.add(new NetworkMapEntry(node.legalName(), key.getPublic(), node.role(), node.p2pAddress()));
        }
        int mapVersion = ensureMap(entries, operator, newOperator, changes);
        int epoch = ensureParameters(notaries(entries), operator, newOperator, changes);
        new NetworkTls(files, clock).ensure(network.nodes(), changes);
        return new BootstrapReport(mapVersion, epoch, entries.size(), changes);
    }

    private KeyPair keyOf(String id, CordaX500Name owner, List<String> changes) {
        if (Files.exists(files.keystore(id))) {
            return files.loadKey(id);
        }
        char[] password = OwnerOnlyFiles.passwordFor(files.keystorePassword(id));
        try {
            KeyPair keyPair = NodeKeyStore.create(files.keystore(id), password, owner);
            changes.add("generated a key for " + id + " (" + owner + ")");
            return keyPair;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private int ensureMap(List<NetworkMapEntry> entries, KeyPair operator, boolean newOperator, List<String> changes) {
        Path file = files.networkMap();
        int version = 1;
        if (Files.exists(file)) {
            SignedData<NetworkMap> signed = SignedFile.read(file);
            NetworkMap current = newOperator && !signed.getSig().getBy().equals(operator.getPublic())
                    ? SignedFile.unverified(signed, NetworkMap.class)
                    : SignedFile.verify(signed, operator.getPublic(), NetworkMap.class, file);
            boolean sameEntries = new HashSet<>(current.getEntries()).equals(new HashSet<>(entries));
            if (sameEntries && signed.getSig().getBy().equals(operator.getPublic())) {
                return current.getVersion();
            }
            version = current.getVersion() + 1;
            changes.add(sameEntries ? "re-signed the network map with the new operator key, version " + version
                    : "signed network map version " + version + " (" + describeChange(current.getEntries(), entries) + ")");
        } else {
            changes.add("signed network map version 1 (" + entries.size() + " nodes)");
        }
        SignedFile.write(file, new NetworkMap(version, entries).signWith(operator));
        return version;
    }

    private int ensureParameters(List<Party> notaries, KeyPair operator, boolean newOperator, List<String> changes) {
        Path file = files.networkParameters();
        NetworkParameters parameters;
        if (Files.exists(file)) {
            SignedData<NetworkParameters> signed = SignedFile.read(file);
            boolean signedByOperator = signed.getSig().getBy().equals(operator.getPublic());
            NetworkParameters current = newOperator && !signedByOperator
                    ? SignedFile.unverified(signed, NetworkParameters.class)
                    : SignedFile.verify(signed, operator.getPublic(), NetworkParameters.class, file);
            List<Party> currentNotaries = current.getNotaries().stream().map(NotaryInfo::getIdentity)
                    .collect(Collectors.toList());
            if (currentNotaries.equals(notaries)) {
                if (signedByOperator) {
                    return current.getEpoch();
                }
                parameters = current;
                changes.add("re-signed the network parameters (epoch " + current.getEpoch() + ") with the new operator key");
            } else {
                parameters = NetworkParametersFactory.create(notaries, now(), current.getEpoch() + 1);
                changes.add("issued network parameters epoch " + parameters.getEpoch() + " (the notary changed)");
            }
        } else {
            parameters = NetworkParametersFactory.create(notaries, now(), 1);
            changes.add("issued network parameters epoch 1");
        }
        SignedFile.write(file, SignedFile.sign(parameters, operator));
        return parameters.getEpoch();
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static List<Party> notaries(List<NetworkMapEntry> entries) {
        return entries.stream().filter(e -> e.getRole() == NodeRole.NOTARY).map(NetworkMapEntry::toParty)
                .collect(Collectors.toList());
    }

    private static String describeChange(List<NetworkMapEntry> before, List<NetworkMapEntry> after) {
        List<String> changed = new ArrayList<>();
        for (NetworkMapEntry entry : after) {
            NetworkMapEntry old = before.stream().filter(e -> e.getName().equals(entry.getName())).findFirst().orElse(null);
            if (old == null) {
                changed.add("added " + entry.getName().getOrganisation());
            } else if (!old.equals(entry)) {
                changed.add(entry.getName().getOrganisation() + " changed");
            }
        }
        for (NetworkMapEntry entry : before) {
            if (after.stream().noneMatch(e -> e.getName().equals(entry.getName()))) {
                changed.add("removed " + entry.getName().getOrganisation());
            }
        }
        return String.join(", ", changed);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new BootstrapException("Cannot read " + file + ": " + e, e);
        }
    }
}
