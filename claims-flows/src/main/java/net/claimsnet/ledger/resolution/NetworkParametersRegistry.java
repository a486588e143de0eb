package net.claimsnet.ledger.resolution;

import net.corda.core.crypto.SecureHash;
import net.corda.core.node.NetworkParameters;
import net.corda.core.node.services.NetworkParametersService;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network parameters a node knows, by hash. Every transaction names the parameters it was
 * built under; the current ones are those the network operator last published.
 */
public final class NetworkParametersRegistry implements NetworkParametersService {

    private final Map<SecureHash, NetworkParameters> known = new ConcurrentHashMap<>();
    private volatile SecureHash current;

    public NetworkParametersRegistry(NetworkParameters current) {
        this.current = add(current);
    }

    /** The hash by which transactions refer to these parameters. */
    public static SecureHash hashOf(NetworkParameters parameters) {
        return SerializationFactory.Companion.getDefaultFactory()
                .serialize(parameters, SerializationDefaults.INSTANCE.getP2P_CONTEXT()).getHash();
    }

    public SecureHash add(NetworkParameters parameters) {
        SecureHash hash = hashOf(parameters);
        known.putIfAbsent(hash, parameters);
        return hash;
    }

    public NetworkParameters current() {
        return known.get(current);
    }

    @Override
    public SecureHash getCurrentHash() {
        return current;
    }

    @Override
    public SecureHash getDefaultHash() {
        return current;
    }

    @Override
    public NetworkParameters lookup(SecureHash hash) {
        return known.get(hash);
    }
}
