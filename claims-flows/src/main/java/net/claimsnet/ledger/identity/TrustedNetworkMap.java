package net.claimsnet.ledger.identity;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.UnknownPartyException;
import net.corda.core.crypto.SignedData;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;

import java.security.PublicKey;
import java.security.SignatureException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A network map whose operator signature has been checked: the only source of identities a node
 * trusts. Lookups by name and by key are constant time because every transaction resolves keys.
 */
public final class TrustedNetworkMap {

    private final NetworkMap map;
    private final Map<CordaX500Name, NetworkMapEntry> byName = new HashMap<>();
    private final Map<PublicKey, NetworkMapEntry> byKey = new HashMap<>();

    private TrustedNetworkMap(NetworkMap map) {
        this.map = map;
        for (NetworkMapEntry entry : map.getEntries()) {
            byName.put(entry.getName(), entry);
            byKey.put(entry.getOwningKey(), entry);
        }
    }

    /** Accepts the map only if the network operator's key signed exactly these bytes. */
    public static TrustedNetworkMap verify(SignedData<NetworkMap> signed, PublicKey operatorKey) {
        if (!signed.getSig().getBy().equals(operatorKey)) {
            throw new LedgerException(null, "The network map is signed by a key that is not the network operator's");
        }
        try {
            return new TrustedNetworkMap(signed.verified());
        } catch (SignatureException | RuntimeException e) {
            throw new LedgerException(null, "The network map's signature does not match its contents", e);
        }
    }

    public int version() {
        return map.getVersion();
    }

    public List<NetworkMapEntry> entries() {
        return map.getEntries();
    }

    public Optional<NetworkMapEntry> find(CordaX500Name name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<NetworkMapEntry> findByKey(PublicKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public NetworkMapEntry require(CordaX500Name name) {
        return find(name).orElseThrow(() -> new UnknownPartyException(name.toString()));
    }

    public Party party(CordaX500Name name) {
        return require(name).toParty();
    }

    public List<Party> partiesWithRole(NodeRole role) {
        return Collections.unmodifiableList(map.getEntries().stream()
                .filter(e -> e.getRole() == role).map(NetworkMapEntry::toParty).collect(Collectors.toList()));
    }
}
