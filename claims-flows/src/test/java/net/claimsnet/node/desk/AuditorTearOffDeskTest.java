package net.claimsnet.node.desk;

import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.access.KeptFigures;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The auditor's desk over the claims no grant opens to it: figures only, for the auditor only, each read audited. */
class AuditorTearOffDeskTest {

    private static final DeskUser AUDITOR = DeskUser.of("auditor@regulator", DeskRole.AUDITOR);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);

    private final ClaimNetwork net = ClaimNetwork.withoutGrants();
    private final InMemoryClaimAuditTrail auditorAudit = new InMemoryClaimAuditTrail(net.network.clock());
    private final AuditorTearOffDesk desk = new AuditorTearOffDesk(net.auditor(), auditorAudit);

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void the_auditor_lists_each_claim_once_with_its_latest_figures_and_reads_its_history() {
        ClaimState settled = net.settledClaim(net.stMary());
        ClaimState submitted = net.providerSubmits(net.lakeside());

        assertThat(desk.claims(AUDITOR, 50)).extracting(k -> k.figures().getClaimId(), k -> k.figures().getStatus())
                .containsExactly(tuple(submitted.getLinearId(), ClaimStatus.SUBMITTED), tuple(settled.getLinearId(), ClaimStatus.SETTLED));
        assertThat(desk.history(AUDITOR, settled.getLinearId().getId().toString())).extracting(k -> k.figures().getStatus())
                .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.SETTLED);
        assertThat(auditorAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::action, InMemoryClaimAuditTrail.Entry::outcome)
                .containsExactly(tuple("READ_TEAR_OFFS", ClaimAuditTrail.ALLOWED), tuple("READ_TEAR_OFFS", ClaimAuditTrail.ALLOWED));
    }

    @Test
    void a_claim_the_auditor_knows_nothing_of_is_not_found() {
        String unknown = UUID.randomUUID().toString();

        assertThatThrownBy(() -> desk.history(AUDITOR, unknown)).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> desk.history(AUDITOR, "not-a-ledger-id")).isInstanceOf(ClaimNotFoundException.class);
        assertThat(auditorAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::outcome).containsOnly(ClaimAuditTrail.DENIED);
    }

    @Test
    void only_the_auditors_auditor_users_read_them() {
        AuditorTearOffDesk insurerDesk = new AuditorTearOffDesk(net.insurer(), new InMemoryClaimAuditTrail(net.network.clock()));

        assertThatThrownBy(() -> desk.claims(ADJUSTER, 10)).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> insurerDesk.claims(DeskUser.of("auditor@acme", DeskRole.AUDITOR), 10))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("Only AUDITOR users of an auditor node");
        assertThat(desk.claims(AUDITOR, 10)).extracting(KeptFigures::figures).isEmpty();
    }
}
