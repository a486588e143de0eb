package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.filing.ClaimIdTakenException;
import net.claimsnet.node.filing.FilingFingerprint;
import net.claimsnet.node.filing.FilingReservation;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ServiceLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One claim per provider claim id: the same filing again, other details under the id, racing and crashed filings. */
class ClaimDeskIdempotentFilingTest {

    private static final DeskUser ST_MARY_BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);

    private final ClaimNetwork net = new ClaimNetwork();

    @AfterEach
    void close() {
        net.close();
    }

    private ClaimDesk stMaryDesk() {
        return new ClaimDesk(net.stMary(), new InMemoryClaimAuditTrail(net.network.clock()), handle -> net.network.runNetwork());
    }

    private int claimsWithId(Node node, String claimId) {
        return node.stores().vault().unconsumedWithKey(ClaimState.class, ClaimLookupKeys.claimId(claimId)).size();
    }

    @Test
    void the_same_filing_sent_twice_answers_the_claim_filed_the_first_time() {
        ClaimDetails details = SampleClaims.details(ST_MARY_MEMBER);

        FilingResult first = stMaryDesk().submit(ST_MARY_BILLING, details, null);
        FilingResult again = stMaryDesk().submit(ST_MARY_BILLING, details, null);

        assertThat(first.isFiled()).isTrue();
        assertThat(first.alreadyFiled()).isFalse();
        assertThat(again.alreadyFiled()).isTrue();
        assertThat(ClaimDesk.idOf(again.filed())).isEqualTo(ClaimDesk.idOf(first.filed()));
        assertThat(claimsWithId(net.insurer(), details.getClaimId())).isEqualTo(1);
        assertThat(claimsWithId(net.stMary(), details.getClaimId())).isEqualTo(1);
    }

    @Test
    void the_same_details_with_amounts_written_otherwise_are_the_same_filing() {
        ClaimDetails details = SampleClaims.details(ST_MARY_MEMBER);
        List<ServiceLine> rescaled = new ArrayList<>();
        for (ServiceLine line : details.getServiceLines()) {
            rescaled.add(new ServiceLine(line.getSequence(), line.getProcedureCode(), line.getModifiers(), line.getUnits(),
                    line.getCharge().setScale(4), line.getDateOfService(), line.getPlaceOfService(), line.getDiagnosisPointers()));
        }

        assertThat(FilingFingerprint.of(details.withServiceLines(rescaled))).isEqualTo(FilingFingerprint.of(details));
    }

    @Test
    void other_details_under_a_filed_claim_id_are_refused_naming_the_fields_and_the_replacement() {
        ClaimDetails details = SampleClaims.details(ST_MARY_MEMBER);
        FilingResult first = stMaryDesk().submit(ST_MARY_BILLING, details, null);
        List<ServiceLine> changed = new ArrayList<>(details.getServiceLines());
        ServiceLine line = changed.get(0);
        changed.set(0, new ServiceLine(line.getSequence(), line.getProcedureCode(), line.getModifiers(), line.getUnits(),
                line.getCharge().add(BigDecimal.TEN), line.getDateOfService(), line.getPlaceOfService(), line.getDiagnosisPointers()));

        assertThatThrownBy(() -> stMaryDesk().submit(ST_MARY_BILLING, details.withServiceLines(changed), null))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessageContaining("Claim id " + details.getClaimId() + " was filed already with other details")
                .hasMessageContaining("serviceLines[1]")
                .hasMessageContaining("replacement (frequency code 7) of claim " + ClaimDesk.idOf(first.filed()))
                .hasMessageNotContaining("Jane").hasMessageNotContaining("Doe");
        assertThat(claimsWithId(net.insurer(), details.getClaimId())).isEqualTo(1);
    }

    @Test
    void another_claim_id_is_another_claim() {
        ClaimDetails details = SampleClaims.details(ST_MARY_MEMBER);
        stMaryDesk().submit(ST_MARY_BILLING, details, null);

        FilingResult other = stMaryDesk().submit(ST_MARY_BILLING, details.withClaimId(details.getClaimId() + "-B"), null);

        assertThat(other.alreadyFiled()).isFalse();
        assertThat(claimsWithId(net.insurer(), details.getClaimId() + "-B")).isEqualTo(1);
    }

    @Test
    void a_second_filing_of_a_reserved_claim_id_starts_no_flow() {
        Node stMary = net.stMary();
        ClaimDetails details = SampleClaims.details(ST_MARY_MEMBER);
        String hash = FilingFingerprint.of(details);
        stMary.startFlow(new SubmitClaimFlow.Initiator(details, InMemoryNetwork.INSURER), "filing-1",
                () -> stMary.stores().filingReservations().reserve(new FilingReservation(stMary.name().toString(),
                        details.getClaimId(), hash, "filing-1", net.network.clock().instant())));
        int flowsBefore = stMary.stores().checkpoints().unfinished().size();

        assertThatThrownBy(() -> stMary.startFlow(new SubmitClaimFlow.Initiator(details, InMemoryNetwork.INSURER), "filing-2",
                () -> stMary.stores().filingReservations().reserve(new FilingReservation(stMary.name().toString(),
                        details.getClaimId(), hash, "filing-2", net.network.clock().instant()))))
                .isInstanceOf(ClaimIdTakenException.class);
        assertThat(stMary.stores().checkpoints().unfinished()).hasSize(flowsBefore);
        assertThat(stMary.stores().checkpoints().find("filing-2")).isEmpty();

        net.network.runNetwork();
        assertThat(claimsWithId(net.insurer(), details.getClaimId())).isEqualTo(1);
    }

    @Test
    void a_filing_sent_again_after_the_provider_crashed_mid_filing_answers_the_claim_its_resumed_flow_filed() {
        ClaimDetails details = SampleClaims.details(ST_MARY_MEMBER);
        ClaimDesk answerLost = new ClaimDesk(net.stMary(), new InMemoryClaimAuditTrail(net.network.clock()), handle -> {
            throw new FlowStillRunningException(handle.flowId());
        });
        assertThatThrownBy(() -> answerLost.submit(ST_MARY_BILLING, details, null)).isInstanceOf(FlowStillRunningException.class);
        net.network.restart(InMemoryNetwork.ST_MARY);

        FilingResult again = stMaryDesk().submit(ST_MARY_BILLING, details, null);

        assertThat(again.alreadyFiled()).isTrue();
        assertThat(again.filed().getClaim().getClaimId()).isEqualTo(details.getClaimId());
        assertThat(claimsWithId(net.insurer(), details.getClaimId())).isEqualTo(1);
    }

    @Test
    void a_filing_whose_flow_failed_does_not_hold_its_claim_id_for_good() {
        ClaimDetails uncovered = SampleClaims.details("M-NOT-COVERED");
        assertThatThrownBy(() -> stMaryDesk().submit(ST_MARY_BILLING, uncovered, null)).isInstanceOf(ClaimConflictException.class);
        String failedFlow = net.stMary().stores().filingReservations()
                .find(net.stMary().name().toString(), uncovered.getClaimId()).orElseThrow().flowId();

        assertThatThrownBy(() -> stMaryDesk().submit(ST_MARY_BILLING, uncovered, null))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessageNotContaining("filed already");
        assertThat(net.stMary().stores().filingReservations().find(net.stMary().name().toString(), uncovered.getClaimId()))
                .get().extracting(FilingReservation::flowId).isNotEqualTo(failedFlow);
        assertThat(net.stMary().flows().status(failedFlow)).contains(FlowStatus.ABANDONED);
    }
}
