package net.claimsnet.ledger.network;

import net.claimsnet.ledger.identity.NodeRole;
import net.corda.core.identity.CordaX500Name;

import java.util.Objects;

/** A node the bootstrap puts on the network: legal name, role and P2P address. */
public final class NodeSpec {

    private final CordaX500Name name;
    private final NodeRole role;
    private final String address;

    public NodeSpec(CordaX500Name name, NodeRole role, String address) {
        this.name = Objects.requireNonNull(name, "name");
        this.role = Objects.requireNonNull(role, "role");
        this.address = address == null ? "" : address;
    }

    public static NodeSpec of(String x500Name, NodeRole role) {
        return new NodeSpec(CordaX500Name.parse(x500Name), role, "");
    }

    public CordaX500Name name() {
        return name;
    }

    public NodeRole role() {
        return role;
    }

    public String address() {
        return address;
    }
}
