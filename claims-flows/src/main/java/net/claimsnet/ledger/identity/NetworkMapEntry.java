package net.claimsnet.ledger.identity;

import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.serialization.CordaSerializable;

import java.security.PublicKey;
import java.util.Objects;

/** One node on the network map: its legal name, its signing key, its role and where to reach it. */
@CordaSerializable
public final class NetworkMapEntry {

    private final CordaX500Name name;
    private final PublicKey owningKey;
    private final NodeRole role;
    private final String address;

    public NetworkMapEntry(CordaX500Name name, PublicKey owningKey, NodeRole role, String address) {
        this.name = Objects.requireNonNull(name, "name");
        this.owningKey = Objects.requireNonNull(owningKey, "owningKey");
        this.role = Objects.requireNonNull(role, "role");
        this.address = address == null ? "" : address;
    }

    public CordaX500Name getName() {
        return name;
    }

    public PublicKey getOwningKey() {
        return owningKey;
    }

    public NodeRole getRole() {
        return role;
    }

    /** The node's P2P address (an HTTP base URL on a real network; empty inside one JVM). */
    public String getAddress() {
        return address;
    }

    public Party toParty() {
        return new Party(name, owningKey);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NetworkMapEntry)) {
            return false;
        }
        NetworkMapEntry other = (NetworkMapEntry) o;
        return name.equals(other.name) && owningKey.equals(other.owningKey) && role == other.role
                && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, owningKey, role, address);
    }

    @Override
    public String toString() {
        return role + " " + name;
    }
}
