package net.claimsnet.node.desk;

import net.claimsnet.ledger.identity.NodeRole;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user does at a desk, and who may: the access table of the claim and coverage desks in one
 * place. The constant's name is what the audit trail records (READ, SUBMIT, ENROLL...), so renaming
 * one renames entries the trail already holds: don't.
 */
public enum DeskAction {

    // Reading claims: any claim reader, on whatever node; the node's scope narrows what it sees.
    SEARCH(Grant.CLAIM_READER, "search claims"),
    COUNT(Grant.CLAIM_READER, "count claims"),
    READ(Grant.CLAIM_READER, "read claims"),
    READ_HISTORY(Grant.CLAIM_READER, "read a claim's history"),
    VERIFY(Grant.CLAIM_READER, "verify a claim's chain"),
    READ_LOG(Grant.CLAIM_READER, "read a claim's read log"),
    STATISTICS(Grant.CLAIM_READER, "read the statistics"),

    // The auditor's view of the claims no grant opens to it: figures from tear-offs, no PHI.
    READ_TEAR_OFFS(Grant.NETWORK_AUDITOR, "read the figures of claims no grant opens"),

    // The provider's billing staff.
    SUBMIT(Grant.PROVIDER_BILLING, "file claims"),
    CHECK(Grant.PROVIDER_BILLING, "check claims"),
    ELIGIBILITY(Grant.PROVIDER_BILLING, "ask about coverage"),
    PROVIDE_INFORMATION(Grant.PROVIDER_BILLING, "answer requests for information"),
    APPEAL(Grant.PROVIDER_BILLING, "appeal claims"),
    VOID(Grant.PROVIDER_BILLING, "void claims"),
    REPLACE(Grant.PROVIDER_BILLING, "replace claims"),

    // The insurer's adjusters.
    REQUEST_INFORMATION(Grant.INSURER_ADJUSTER, "request information"),
    PEND(Grant.INSURER_ADJUSTER, "pend claims"),
    ADJUDICATE(Grant.INSURER_ADJUSTER, "adjudicate claims"),
    SETTLE(Grant.INSURER_ADJUSTER, "settle claims"),

    // The insurer's eligibility desk.
    ENROLL(Grant.INSURER_ADMIN, "enrol members"),
    TERMINATE_COVERAGE(Grant.INSURER_ADMIN, "terminate coverages"),
    SEARCH_COVERAGES(Grant.COVERAGE_READER, "search coverages"),
    READ_COVERAGE(Grant.COVERAGE_READER, "read coverages"),

    // The auditor's access grants: the insurer's administrator issues them, the auditor holds them.
    GRANT_ACCESS(Grant.INSURER_ADMIN, "grant the auditor access"),
    REVOKE_ACCESS(Grant.INSURER_ADMIN, "revoke the auditor's access"),
    READ_GRANTS(Grant.GRANT_READER, "read access grants"),

    // A member's consents to share their history with a provider: the insurer's staff record them for the
    // member, the provider named holds them and asks for the history under them.
    RECORD_CONSENT(Grant.INSURER_STAFF, "record members' consents"),
    WITHDRAW_CONSENT(Grant.INSURER_STAFF, "withdraw members' consents"),
    READ_CONSENTS(Grant.CONSENT_READER, "read members' consents"),
    READ_MEMBER_HISTORY(Grant.PROVIDER_BILLING, "ask for a member's history");

    /** Which roles may take an action, and on which node (any node when none is named). */
    public enum Grant {
        CLAIM_READER(EnumSet.of(DeskRole.BILLING, DeskRole.ADJUSTER, DeskRole.AUDITOR), null),
        PROVIDER_BILLING(EnumSet.of(DeskRole.BILLING), NodeRole.PROVIDER),
        INSURER_ADJUSTER(EnumSet.of(DeskRole.ADJUSTER), NodeRole.INSURER),
        INSURER_ADMIN(EnumSet.of(DeskRole.NODE_ADMIN), NodeRole.INSURER),
        /** The insurer's adjusters and administrators: who speaks to members, on the member's behalf. */
        INSURER_STAFF(EnumSet.of(DeskRole.NODE_ADMIN, DeskRole.ADJUSTER), NodeRole.INSURER),
        COVERAGE_READER(EnumSet.of(DeskRole.NODE_ADMIN, DeskRole.ADJUSTER), NodeRole.INSURER),
        NETWORK_AUDITOR(EnumSet.of(DeskRole.AUDITOR), NodeRole.AUDITOR),
        /** The insurer's staff on its node, a provider's billing staff on theirs: each holds the consents it recorded or is named in. */
        CONSENT_READER(EnumSet.of(DeskRole.NODE_ADMIN, DeskRole.ADJUSTER, DeskRole.BILLING), null) {
            @Override
            public boolean allows(DeskUser user, NodeRole here) {
                return INSURER_STAFF.allows(user, here) || PROVIDER_BILLING.allows(user, here);
            }
        },
        /** The insurer's administrator on its node, the auditor on its: each holds the grants it issued or received. */
        GRANT_READER(EnumSet.of(DeskRole.NODE_ADMIN, DeskRole.AUDITOR), null) {
            @Override
            public boolean allows(DeskUser user, NodeRole here) {
                return user.roles().contains(DeskRole.NODE_ADMIN) && here == NodeRole.INSURER
                        || user.roles().contains(DeskRole.AUDITOR) && here == NodeRole.AUDITOR;
            }
        };

        private final Set<DeskRole> roles;
        private final NodeRole node;

        Grant(Set<DeskRole> roles, NodeRole node) {
            this.roles = Collections.unmodifiableSet(roles);
            this.node = node;
        }

        /** Whether the user, on a node of this role, holds the grant: one of its roles, on its node. */
        public boolean allows(DeskUser user, NodeRole here) {
            return user.roles().stream().anyMatch(roles::contains) && (node == null || node == here);
        }

        /** The roles that hold the grant. */
        public Set<DeskRole> roles() {
            return roles;
        }

        /** The node the grant holds on; null for any node. */
        public NodeRole node() {
            return node;
        }
    }

    private final Grant grant;
    private final String what;

    DeskAction(Grant grant, String what) {
        this.grant = grant;
        this.what = what;
    }

    /** Who may take this action, and where. */
    public Grant grant() {
        return grant;
    }

    /** The action in words, as a refusal that names it says ("Only BILLING users of a provider node file claims"). */
    public String what() {
        return what;
    }
}
