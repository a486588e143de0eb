package net.claimsnet.web.e2e.security;

import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.DeskRole;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A role that may call an endpoint, on nodes of one kind or (node null) on any node. */
record Grant(DeskRole role, NodeRole node) {

    boolean admits(DeskRole callerRole, NodeRole here) {
        return role == callerRole && (node == null || node == here);
    }

    /** The roles, on whatever node they are users of. */
    static Set<Grant> anywhere(DeskRole... roles) {
        return Arrays.stream(roles).map(role -> new Grant(role, null)).collect(Collectors.toSet());
    }

    /** The roles, only on nodes of this kind: elsewhere the node refuses them with 403 as well. */
    static Set<Grant> on(NodeRole node, DeskRole... roles) {
        return Arrays.stream(roles).map(role -> new Grant(role, node)).collect(Collectors.toSet());
    }

    @Override
    public String toString() {
        return node == null ? role.name() : role.name() + " on " + node.name().toLowerCase();
    }
}
