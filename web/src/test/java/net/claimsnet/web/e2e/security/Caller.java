package net.claimsnet.web.e2e.security;

import net.claimsnet.node.desk.DeskRole;

/**
 * Who calls an endpoint of a node: nobody (no login), one of the node's own demo users with its role,
 * or a demo user of another node presenting its name and password here, which this node must not know.
 */
record Caller(Kind kind, String username, String password, DeskRole role) {

    enum Kind { ANONYMOUS, OWN_USER, OTHER_NODES_USER }

    static Caller anonymous() {
        return new Caller(Kind.ANONYMOUS, null, null, null);
    }

    static Caller ownUser(String username, String password, DeskRole role) {
        return new Caller(Kind.OWN_USER, username, password, role);
    }

    static Caller otherNodesUser(String username, String password, DeskRole role) {
        return new Caller(Kind.OTHER_NODES_USER, username, password, role);
    }

    boolean presentsLogin() {
        return kind != Kind.ANONYMOUS;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANONYMOUS -> "anonymous";
            case OWN_USER -> username + " (" + role + ")";
            case OTHER_NODES_USER -> username + " (another node's " + role + ")";
        };
    }
}
