package net.claimsnet.ledger.network;

import net.claimsnet.ledger.identity.NetworkMap;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.resolution.NetworkParametersFactory;
import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.node.NetworkParameters;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Creates a network the way Corda's network bootstrapper does: a key per node, the network map
 * signed by the operator's key, and the network parameters naming the notaries.
 */
public final class NetworkBootstrapper {

    private NetworkBootstrapper() {
    }

    /** A network whose keys live only in memory: for tests and in-JVM benchmarks. */
    public static BootstrappedNetwork inMemory(List<NodeSpec> nodes) {
        return bootstrap(nodes, spec -> Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512),
                Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512));
    }

    /**
     * @param keySource gives each node its key pair (generated, or loaded from its keystore)
     * @param operatorKey the network operator's key, which signs the map
     */
    public static BootstrappedNetwork bootstrap(List<NodeSpec> nodes, Function<NodeSpec, KeyPair> keySource,
                                                KeyPair operatorKey) {
        LedgerSerialization.ensureInstalled();
        Map<CordaX500Name, KeyPair> keys = new LinkedHashMap<>();
        List<NetworkMapEntry> entries = new ArrayList<>();
        List<Party> notaries = new ArrayList<>();
        for (NodeSpec spec : nodes) {
            KeyPair keyPair = keySource.apply(spec);
            keys.put(spec.name(), keyPair);
            NetworkMapEntry entry = new NetworkMapEntry(spec.name(), keyPair.getPublic(), spec.role(), spec.address());
            entries.add(entry);
            if (spec.role() == NodeRole.NOTARY) {
                notaries.add(entry.toParty());
            }
        }
        NetworkMap map = new NetworkMap(1, entries);
        NetworkParameters parameters = NetworkParametersFactory.create(notaries, Instant.now(), 1);
        return new BootstrappedNetwork(operatorKey.getPublic(), map.signWith(operatorKey), parameters, keys);
    }
}
