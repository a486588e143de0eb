package net.claimsnet.web.e2e.security;

import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.DeskRole;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static net.claimsnet.ledger.identity.NodeRole.INSURER;
import static net.claimsnet.ledger.identity.NodeRole.NOTARY;
import static net.claimsnet.ledger.identity.NodeRole.PROVIDER;
import static net.claimsnet.node.desk.DeskRole.ADJUSTER;
import static net.claimsnet.node.desk.DeskRole.AUDITOR;
import static net.claimsnet.node.desk.DeskRole.BILLING;
import static net.claimsnet.node.desk.DeskRole.NODE_ADMIN;
import static net.claimsnet.web.e2e.security.Grant.anywhere;
import static net.claimsnet.web.e2e.security.Grant.on;

/**
 * Who may call each endpoint of a node: the table the security suite checks every node against, one
 * line per endpoint. A role "anywhere" may call it on whichever node it is a user of; a role "on" a kind
 * of node only there (elsewhere the node refuses it with 403, as {@code DeskAction}'s grants say). A new
 * endpoint gets its line here, or the suite fails naming it; a line whose endpoint is gone fails it too.
 */
final class AccessRules {

    private static final DeskRole[] CLAIM_READERS = {BILLING, ADJUSTER, AUDITOR};
    private static final DeskRole[] EVERY_ROLE = DeskRole.values();

    private final Map<Endpoint, AccessRule> rules = new LinkedHashMap<>();

    static AccessRules table() {
        return new AccessRules()
                // ---- the JSON API (/openapi) --------------------------------------------------------------
                .login("GET /api/claims", anywhere(CLAIM_READERS))
                .login("POST /api/claims", on(PROVIDER, BILLING))
                .login("GET /api/claims/{id}", anywhere(CLAIM_READERS))
                .login("GET /api/claims/{id}/history", anywhere(CLAIM_READERS))
                .login("POST /api/claims/{id}/information-requests", on(INSURER, ADJUSTER))
                .login("POST /api/claims/{id}/information", on(PROVIDER, BILLING))
                .login("POST /api/claims/{id}/adjudication", on(INSURER, ADJUSTER))
                .login("POST /api/claims/{id}/settlement", on(INSURER, ADJUSTER))
                .login("POST /api/claims/{id}/appeal", on(PROVIDER, BILLING))
                .login("POST /api/claims/{id}/void", on(PROVIDER, BILLING))
                .login("POST /api/claims/{id}/replacement", on(PROVIDER, BILLING))
                .login("GET /api/coverages", on(INSURER, ADJUSTER, NODE_ADMIN))
                .login("GET /api/coverages/{id}", on(INSURER, ADJUSTER, NODE_ADMIN))
                // Enrolment is the insurer's, but its desk checks the node after the body (NODE_ADMIN on
                // another node is refused 403 with a valid one): the suite's empty body stops at 400 before.
                .login("POST /api/coverages", anywhere(NODE_ADMIN))
                .login("POST /api/coverages/batch", anywhere(NODE_ADMIN))
                .login("POST /api/coverages/{id}/termination", anywhere(NODE_ADMIN))
                // Granting checks the body first (400 anywhere), then the node; the grants are read where they are held.
                .login("POST /api/access-grants", anywhere(NODE_ADMIN))
                .login("POST /api/access-grants/{id}/revocation", anywhere(NODE_ADMIN))
                .login("GET /api/access-grants", union(on(INSURER, NODE_ADMIN), on(NodeRole.AUDITOR, AUDITOR)))
                // What the auditor knows of the claims no grant opens to it: its own node only.
                .login("GET /api/tear-offs", on(NodeRole.AUDITOR, AUDITOR))
                .login("GET /api/tear-offs/{claimId}", on(NodeRole.AUDITOR, AUDITOR))
                // Recording and withdrawing a member's consent check the body first (400 anywhere), then the node;
                // the consents are read where they are held. The suite's member has no consent: billing staff are
                // answered 403 no-consent, which counts as an answer (Outcome), their role having been let through.
                .login("POST /api/consents", anywhere(ADJUSTER, NODE_ADMIN))
                .login("POST /api/consents/{id}/withdrawal", anywhere(ADJUSTER, NODE_ADMIN))
                .login("GET /api/consents", union(on(INSURER, ADJUSTER, NODE_ADMIN), on(PROVIDER, BILLING)))
                .login("GET /api/members/{memberId}/history", on(PROVIDER, BILLING))
                .login("GET /api/admin/flows", anywhere(NODE_ADMIN))
                .login("GET /api/admin/flows/failed", anywhere(NODE_ADMIN))
                .login("GET /api/admin/flows/running", anywhere(NODE_ADMIN))
                .login("POST /api/admin/flows/{flowId}/retry", anywhere(NODE_ADMIN))
                .login("POST /api/admin/flows/{flowId}/abandon", anywhere(NODE_ADMIN))
                .login("GET /api/admin/ledger/digest", anywhere(NODE_ADMIN))
                .login("POST /api/admin/backup", anywhere(NODE_ADMIN))
                .login("GET /api/admin/recovery", anywhere(NODE_ADMIN))
                .login("GET /api/admin/notary/commit-log", on(NOTARY, NODE_ADMIN))
                .login("GET /api/admin/notary/commit-log/{transactionId}", on(NOTARY, NODE_ADMIN))
                .login("GET /api/admin/audit/verify", anywhere(NODE_ADMIN, AUDITOR))
                .login("GET /api/admin/users", anywhere(NODE_ADMIN))
                .login("POST /api/admin/users", anywhere(NODE_ADMIN))
                .login("POST /api/admin/users/{username}/reset-password", anywhere(NODE_ADMIN))
                .login("POST /api/admin/users/{username}/disable", anywhere(NODE_ADMIN))
                .login("POST /api/admin/users/{username}/enable", anywhere(NODE_ADMIN))
                .login("POST /api/admin/users/{username}/unlock", anywhere(NODE_ADMIN))
                .peersOnly("POST /api/p2p/messages")
                // ---- FHIR R4 (/fhir/metadata) -------------------------------------------------------------
                .login("GET /fhir/metadata", anywhere(EVERY_ROLE))
                .login("POST /fhir/Claim/$validate", anywhere(EVERY_ROLE))
                .login("POST /fhir/Patient/$validate", anywhere(EVERY_ROLE))
                .login("POST /fhir/Coverage/$validate", anywhere(EVERY_ROLE))
                .login("POST /fhir/Bundle/$validate", anywhere(EVERY_ROLE))
                .login("POST /fhir/Claim/$submit", on(PROVIDER, BILLING))
                .login("GET /fhir/ClaimResponse", anywhere(CLAIM_READERS))
                .login("GET /fhir/ExplanationOfBenefit", anywhere(CLAIM_READERS))
                .login("POST /fhir/CoverageEligibilityRequest/$submit", anywhere(BILLING, ADJUSTER, NODE_ADMIN))
                // ---- X12 5010 (the resource classes) -------------------------------------------------------
                .login("POST /x12/837", on(PROVIDER, BILLING))
                .login("GET /x12/837/{controlNumber}", anywhere(BILLING))
                .login("GET /x12/277ca/{controlNumber}", anywhere(BILLING))
                .login("GET /x12/835", anywhere(BILLING, ADJUSTER))
                .login("POST /x12/270", anywhere(ADJUSTER, NODE_ADMIN))
                // ---- the desk's pages (web.xml's security constraints) -------------------------------------
                .open("GET /login.xhtml")
                .open("GET /error.xhtml")
                .login("GET /index.xhtml", anywhere(EVERY_ROLE))
                .login("GET /denied.xhtml", anywhere(EVERY_ROLE))
                .login("GET /claims/claim.xhtml", anywhere(CLAIM_READERS))
                .login("GET /billing/claims.xhtml", anywhere(BILLING))
                .login("GET /billing/dashboard.xhtml", anywhere(BILLING))
                .login("GET /billing/new-claim.xhtml", anywhere(BILLING))
                .login("GET /billing/remittance.xhtml", anywhere(BILLING))
                .login("GET /billing/upload-837.xhtml", anywhere(BILLING))
                .login("GET /adjuster/dashboard.xhtml", anywhere(ADJUSTER))
                .login("GET /adjuster/member.xhtml", anywhere(ADJUSTER))
                .login("GET /adjuster/payments.xhtml", anywhere(ADJUSTER))
                .login("GET /adjuster/queue.xhtml", anywhere(ADJUSTER))
                .login("GET /audit/dashboard.xhtml", anywhere(AUDITOR))
                .login("GET /audit/grants.xhtml", anywhere(AUDITOR))
                .login("GET /audit/search.xhtml", anywhere(AUDITOR))
                .login("GET /admin/enrolment.xhtml", anywhere(NODE_ADMIN))
                .login("GET /admin/flows.xhtml", anywhere(NODE_ADMIN))
                // Any node's administrator opens it (web.xml guards /admin/*); off an insurer it says grants are issued there.
                .login("GET /admin/grants.xhtml", anywhere(NODE_ADMIN))
                .login("GET /admin/node.xhtml", anywhere(NODE_ADMIN))
                .login("GET /admin/users.xhtml", anywhere(NODE_ADMIN));
    }

    private static Set<Grant> union(Set<Grant> some, Set<Grant> others) {
        Set<Grant> both = new HashSet<>(some);
        both.addAll(others);
        return both;
    }

    /** Callers the grants admit get an answer; the node's other users 403; nobody and strangers a login request. */
    AccessRules login(String endpoint, Set<Grant> grants) {
        return add(endpoint, AccessRule.Access.LOGIN, grants);
    }

    AccessRules open(String endpoint) {
        return add(endpoint, AccessRule.Access.OPEN, Set.of());
    }

    AccessRules peersOnly(String endpoint) {
        return add(endpoint, AccessRule.Access.PEERS_ONLY, Set.of());
    }

    private AccessRules add(String endpoint, AccessRule.Access access, Set<Grant> grants) {
        Endpoint parsed = Endpoint.parse(endpoint);
        if (rules.put(parsed, new AccessRule(parsed, access, Set.copyOf(grants))) != null) {
            throw new IllegalStateException("Two rules for " + parsed);
        }
        return this;
    }

    Optional<AccessRule> ruleFor(Endpoint endpoint) {
        return Optional.ofNullable(rules.get(endpoint));
    }

    /** The endpoints found that no line covers: each must get one. */
    Set<Endpoint> withoutRule(Collection<Endpoint> found) {
        Set<Endpoint> missing = new TreeSet<>(found);
        missing.removeAll(rules.keySet());
        return missing;
    }

    /** The lines whose endpoint was not found: gone or renamed, the line goes or follows it. */
    Set<Endpoint> withoutEndpoint(Collection<Endpoint> found) {
        Set<Endpoint> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(new HashSet<>(found));
        return stale;
    }
}
