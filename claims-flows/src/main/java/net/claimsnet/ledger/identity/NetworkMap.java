package net.claimsnet.ledger.identity;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.UnknownPartyException;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.crypto.SignedData;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.serialization.CordaSerializable;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;

import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.SignatureException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Who is on the network: every node's name, key, role and address, at one version.
 * It is only ever trusted as {@link SignedData} signed by the network operator's key.
 */
@CordaSerializable
public final class NetworkMap {

    private final int version;
    private final List<NetworkMapEntry> entries;

    public NetworkMap(int version, List<NetworkMapEntry> entries) {
        this.version = version;
        this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
        long distinctNames = entries.stream().map(NetworkMapEntry::getName).distinct().count();
        if (distinctNames != entries.size()) {
            throw new IllegalArgumentException("A network map may name each organisation only once");
        }
    }

    public int getVersion() {
        return version;
    }

    public List<NetworkMapEntry> getEntries() {
        return entries;
    }

    public NetworkMapEntry entryFor(CordaX500Name name) {
        return entries.stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownPartyException(name.toString()));
    }

    /** Signs this map with the network operator's key. */
    public SignedData<NetworkMap> signWith(KeyPair operatorKey) {
        SerializedBytes<NetworkMap> raw = SerializationFactory.Companion.getDefaultFactory()
                .serialize(this, SerializationDefaults.INSTANCE.getP2P_CONTEXT());
        try {
            DigitalSignature.WithKey signature = new DigitalSignature.WithKey(
                    operatorKey.getPublic(), Crypto.doSign(operatorKey.getPrivate(), raw.getBytes()));
            return new SignedData<>(raw, signature);
        } catch (InvalidKeyException | SignatureException e) {
            throw new LedgerException(null, "The network operator's key cannot sign the network map", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkMap && version == ((NetworkMap) o).version
                && entries.equals(((NetworkMap) o).entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, entries);
    }
}
