package net.claimsnet.node.desk;

import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rule of the desks' access policy, one test each with a user it lets through and one it stops:
 * the grants of the {@link DeskAction}s by role and node, the claim scope of each node, and what the
 * audit trail records of a denial, an unknown claim and a failed attempt.
 */
class DeskAccessPolicyTest {

    private static final DeskUser BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);
    private static final DeskUser AUDITOR = DeskUser.of("auditor@regulator", DeskRole.AUDITOR);
    private static final DeskUser ADMIN = DeskUser.of("admin@acme", DeskRole.NODE_ADMIN);

    private final ClaimNetwork net = new ClaimNetwork();
    private final InMemoryClaimAuditTrail audit = new InMemoryClaimAuditTrail(net.network.clock());

    @AfterEach
    void close() {
        net.close();
    }

    private DeskAccessPolicy at(Node node) {
        return new DeskAccessPolicy(node, audit);
    }

    private void assertDeniedAndAudited(DeskAccessPolicy policy, DeskUser user, DeskAction action, String message,
                                        String note) {
        assertThatThrownBy(() -> policy.require(user, action, "claim-1"))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessage(message);
        assertThat(audit.entries()).last().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(user.name());
            assertThat(e.action()).isEqualTo(action.name());
            assertThat(e.claimId()).isEqualTo("claim-1");
            assertThat(e.outcome()).isEqualTo(ClaimAuditTrail.DENIED);
            assertThat(e.detail()).isEqualTo(note);
        });
    }

    // ---- roles --------------------------------------------------------------------------------

    @Test
    void claimsAreReadByBillingAdjustersAndAuditorsOnAnyNodeButNotByANodeAdministrator() {
        for (DeskUser reader : new DeskUser[] {BILLING, ADJUSTER, AUDITOR}) {
            at(net.auditor()).require(reader, DeskAction.READ, "claim-1");
        }
        assertThat(audit.entries()).isEmpty();

        assertDeniedAndAudited(at(net.auditor()), ADMIN, DeskAction.READ,
                "Reading claims needs the BILLING, ADJUSTER or AUDITOR role", "no role that reads claims");
    }

    @Test
    void billingStaffActOnAProviderNodeOnly() {
        at(net.stMary()).require(BILLING, DeskAction.SUBMIT, null);
        assertThat(audit.entries()).isEmpty();

        assertDeniedAndAudited(at(net.insurer()), BILLING, DeskAction.SUBMIT,
                "Only BILLING users of a provider node file claims; this is an insurer node", "needs BILLING on a PROVIDER node");
        assertDeniedAndAudited(at(net.stMary()), ADJUSTER, DeskAction.VOID,
                "Only BILLING users of a provider node void claims; this is a provider node", "needs BILLING on a PROVIDER node");
    }

    @Test
    void adjustersActOnAnInsurerNodeOnly() {
        at(net.insurer()).require(ADJUSTER, DeskAction.SETTLE, "claim-1");
        assertThat(audit.entries()).isEmpty();

        assertDeniedAndAudited(at(net.insurer()), BILLING, DeskAction.SETTLE,
                "Only ADJUSTER users of an insurer node settle claims; this is an insurer node", "needs ADJUSTER on an INSURER node");
        assertDeniedAndAudited(at(net.stMary()), ADJUSTER, DeskAction.ADJUDICATE,
                "Only ADJUSTER users of an insurer node adjudicate claims; this is a provider node", "needs ADJUSTER on an INSURER node");
    }

    @Test
    void enrolmentIsANodeAdministratorsJobOnAnInsurerNodeOnly() {
        at(net.insurer()).require(ADMIN, DeskAction.ENROLL, null);
        assertThat(audit.entries()).isEmpty();

        assertDeniedAndAudited(at(net.insurer()), ADJUSTER, DeskAction.ENROLL,
                "Only NODE_ADMIN users of an insurer node enrol members; this is an insurer node",
                "needs NODE_ADMIN on an INSURER node");
        assertDeniedAndAudited(at(net.stMary()), ADMIN, DeskAction.TERMINATE_COVERAGE,
                "Only NODE_ADMIN users of an insurer node terminate coverages; this is a provider node",
                "needs NODE_ADMIN on an INSURER node");
    }

    @Test
    void coveragesAreReadByAdministratorsAndAdjustersOfAnInsurerNode() {
        at(net.insurer()).require(ADMIN, DeskAction.READ_COVERAGE, "claim-1");
        at(net.insurer()).require(ADJUSTER, DeskAction.SEARCH_COVERAGES, "claim-1");
        assertThat(audit.entries()).isEmpty();

        assertDeniedAndAudited(at(net.insurer()), BILLING, DeskAction.READ_COVERAGE,
                "Coverages are read by NODE_ADMIN or ADJUSTER users of an insurer node; this is an insurer node",
                "needs NODE_ADMIN or ADJUSTER on an INSURER node");
        assertDeniedAndAudited(at(net.auditor()), ADJUSTER, DeskAction.SEARCH_COVERAGES,
                "Coverages are read by NODE_ADMIN or ADJUSTER users of an insurer node; this is an auditor node",
                "needs NODE_ADMIN or ADJUSTER on an INSURER node");
    }

    @Test
    void theAuditTrailNamesEachActionAsItAlwaysHas() {
        // The trail already holds these names: a renamed constant would split one action's history in two.
        assertThat(Arrays.stream(DeskAction.values()).map(Enum::name)).containsExactly(
                "SEARCH", "COUNT", "READ", "READ_HISTORY", "VERIFY", "READ_LOG", "STATISTICS", "READ_TEAR_OFFS",
                "SUBMIT", "CHECK", "ELIGIBILITY", "PROVIDE_INFORMATION", "APPEAL", "VOID", "REPLACE",
                "REQUEST_INFORMATION", "PEND", "ADJUDICATE", "SETTLE",
                "ENROLL", "TERMINATE_COVERAGE", "SEARCH_COVERAGES", "READ_COVERAGE",
                "GRANT_ACCESS", "REVOKE_ACCESS", "READ_GRANTS",
                "RECORD_CONSENT", "WITHDRAW_CONSENT", "READ_CONSENTS", "READ_MEMBER_HISTORY");
    }

    // ---- scope --------------------------------------------------------------------------------

    @Test
    void aClaimIsInScopeAtItsProviderItsInsurerAndTheAuditorButNotAtAnotherProvider() {
        ClaimState claim = net.providerSubmits(net.stMary());

        assertThat(at(net.stMary()).inScope(claim)).isTrue();
        assertThat(at(net.insurer()).inScope(claim)).isTrue();
        assertThat(at(net.auditor()).inScope(claim)).isTrue();
        assertThat(at(net.lakeside()).inScope(claim)).isFalse();
    }

    @Test
    void aClaimInScopeIsFoundWithoutAnEntryAndOneOutOfScopeOrNoIdAtAllIsNotFoundAndAudited() {
        String id = ClaimDesk.idOf(net.providerSubmits(net.stMary()));

        assertThat(at(net.stMary()).claimInScope(BILLING, DeskAction.READ, id).getState().getData().getLinearId().getId())
                .hasToString(id);
        assertThat(audit.entries()).isEmpty();

        for (String unknown : new String[] {id, "not-a-claim-id", null}) {
            assertThatThrownBy(() -> at(net.lakeside()).claimInScope(BILLING, DeskAction.READ, unknown))
                    .isInstanceOf(ClaimNotFoundException.class).hasMessage("No claim " + unknown + " on this node");
            assertThat(audit.entries()).last().satisfies(e -> {
                assertThat(e.claimId()).isEqualTo(unknown);
                assertThat(e.outcome()).isEqualTo(ClaimAuditTrail.DENIED);
                assertThat(e.detail()).isEqualTo("unknown or out of scope");
            });
        }
    }

    // ---- what an attempt records --------------------------------------------------------------

    @Test
    void anAttemptRecordsARefusalAndAStillRunningFlowButLeavesSuccessToItsCaller() {
        DeskAccessPolicy policy = at(net.insurer());

        assertThat(policy.attempt(ADJUSTER, DeskAction.SETTLE, "claim-1", () -> "done")).isEqualTo("done");
        assertThat(audit.entries()).isEmpty();

        assertThatThrownBy(() -> policy.attempt(ADJUSTER, DeskAction.SETTLE, "claim-1", () -> {
            throw new ClaimConflictException("the notary said no");
        })).isInstanceOf(ClaimConflictException.class).hasMessage("the notary said no");
        assertThat(audit.entries()).last().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(ClaimAuditTrail.REFUSED);
            assertThat(e.detail()).as("the reason may name PHI").isNull();
        });

        assertThatThrownBy(() -> policy.attempt(ADMIN, DeskAction.ENROLL, null, () -> {
            throw new CoverageConflictException("the member is covered already");
        })).isInstanceOf(CoverageConflictException.class);
        assertThat(audit.entries()).last().extracting(InMemoryClaimAuditTrail.Entry::outcome).isEqualTo(ClaimAuditTrail.REFUSED);

        assertThatThrownBy(() -> policy.attempt(ADJUSTER, DeskAction.SETTLE, "claim-1", () -> {
            throw new FlowStillRunningException("flow-7");
        })).isInstanceOf(FlowStillRunningException.class);
        assertThat(audit.entries()).last().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(ClaimAuditTrail.RUNNING);
            assertThat(e.detail()).isEqualTo("flow flow-7");
        });
        assertThat(audit.entries()).hasSize(3);
    }
}
