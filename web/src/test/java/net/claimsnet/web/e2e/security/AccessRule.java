package net.claimsnet.web.e2e.security;

import net.claimsnet.ledger.identity.NodeRole;

import java.util.Set;

/**
 * Who may call one endpoint, and so what each caller must get on a node of each kind:
 * <ul>
 *   <li>{@link Access#LOGIN}: the callers a grant admits get an answer; the node's other users 403;
 *   nobody, and another node's users (unknown here), are asked to log in;</li>
 *   <li>{@link Access#OPEN}: every caller gets an answer (the login page, the error page), except that a
 *   wrong login presented to a machine interface is still refused with 401;</li>
 *   <li>{@link Access#PEERS_ONLY}: the P2P endpoint, which answers only a peer's client certificate on
 *   the mutual-TLS listener: on the desk's listener everyone gets 403, a wrong login 401 first.</li>
 * </ul>
 * On the desk, another node's user cannot log in, so it calls the page as nobody does.
 */
record AccessRule(Endpoint endpoint, Access access, Set<Grant> grants) {

    enum Access { LOGIN, OPEN, PEERS_ONLY }

    Outcome expectedFor(Caller caller, NodeRole here) {
        Surface surface = endpoint.surface();
        boolean knownHere = caller.kind() == Caller.Kind.OWN_USER;
        if (caller.presentsLogin() && !knownHere && surface.takesBasicLogins()) {
            return Outcome.LOGIN_REFUSED; // HTTP Basic checks the login on every request, wanted or not
        }
        return switch (access) {
            case OPEN -> Outcome.ANSWERED;
            case PEERS_ONLY -> Outcome.FORBIDDEN;
            case LOGIN -> !knownHere ? Outcome.LOGIN_REFUSED
                    : grants.stream().anyMatch(grant -> grant.admits(caller.role(), here)) ? Outcome.ANSWERED
                    : Outcome.FORBIDDEN;
        };
    }

    @Override
    public String toString() {
        return endpoint + " " + switch (access) {
            case OPEN -> "open to everyone";
            case PEERS_ONLY -> "peers only (P2P listener)";
            case LOGIN -> "for " + grants;
        };
    }
}
