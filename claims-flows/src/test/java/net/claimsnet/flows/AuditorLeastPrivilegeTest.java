package net.claimsnet.flows;

import net.claimsnet.flows.access.KeptFigures;
import net.claimsnet.flows.access.RevokeAccessFlow;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static net.claimsnet.flows.ClaimNetwork.historyAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor receives a claim with its PHI only while an insurer's grant opens it: otherwise a
 * tear-off with the claim's figures. A grant brings the claims from before it; a revoked grant
 * lets nothing more through; each disclosure is in the insurer's audit trail.
 */
class AuditorLeastPrivilegeTest {

    private final ClaimNetwork net = ClaimNetwork.withoutGrants();
    private final List<Envelope> delivered = new ArrayList<>();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void without_a_grant_the_auditor_keeps_figures_and_receives_no_phi() {
        net.network.transport().tap(delivered::add);

        ClaimState settled = net.settledClaim(net.stMary());

        assertThat(claimAt(net.auditor(), settled.getLinearId())).isEmpty();
        List<KeptFigures> history = net.network.auditorsTearOffs().history(settled.getLinearId());
        assertThat(history).extracting(kept -> kept.figures().getStatus())
                .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.SETTLED);
        KeptFigures last = history.get(2);
        assertThat(last.figures().getCharged()).isEqualByComparingTo(settled.getClaim().totalCharge());
        assertThat(last.figures().getPaid()).isEqualByComparingTo(settled.getAdjudication().totalPaid());
        assertThat(last.figures().getSettled()).isEqualByComparingTo(settled.getSettlement().getAmount());
        assertThat(last.figures().getProvider()).isEqualTo(InMemoryNetwork.ST_MARY);
        assertThat(net.network.auditorsTearOffs().find(last.transactionId()).orElseThrow().commandNames()).contains("Settle");

        List<String> phi = List.of(settled.getClaim().getPatient().getLastName(), settled.getClaim().getPatient().getMemberId(),
                settled.getClaim().getClaimId(), settled.getClaim().getDiagnosisCodes().get(0));
        assertThat(payloadsTo(InMemoryNetwork.AUDITOR)).isNotEmpty().noneMatch(payload -> containsAny(payload, phi));
        assertThat(payloadsTo(InMemoryNetwork.INSURER)).as("the same search finds them where they go").anyMatch(payload -> containsAny(payload, phi));
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void a_grant_brings_its_providers_claims_from_before_it_whole_and_no_other() {
        ClaimState stMarys = net.settledClaim(net.stMary());
        ClaimState lakesides = net.settledClaim(net.lakeside());

        AccessGrantState grant = net.auditorMayRead(net.stMary());

        assertThat(claimAt(net.auditor(), stMarys.getLinearId())).hasValue(stMarys);
        assertThat(historyAt(net.auditor(), stMarys.getLinearId())).as("earlier versions, as the back chain").hasSize(3);
        assertThat(claimAt(net.auditor(), lakesides.getLinearId())).isEmpty();
        assertThat(disclosuresAtInsurer()).singleElement().satisfies(entry -> {
            assertThat(entry.claimId()).isEqualTo(stMarys.getLinearId().getId().toString());
            assertThat(entry.detail()).contains("under grant " + grant.getLinearId().getId());
        });
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void under_a_grant_each_new_transaction_reaches_the_auditor_whole() {
        net.auditorMayRead(net.stMary());

        ClaimState submitted = net.providerSubmits(net.stMary());
        assertThat(claimAt(net.auditor(), submitted.getLinearId())).as("filed by the provider").hasValue(submitted);
        ClaimState adjudicated = net.insurerAdjudicates(submitted.getLinearId());
        assertThat(claimAt(net.auditor(), submitted.getLinearId())).as("finished by the insurer").hasValue(adjudicated);

        ClaimState lakesides = net.providerSubmits(net.lakeside());
        assertThat(claimAt(net.auditor(), lakesides.getLinearId())).isEmpty();
        assertThat(net.network.auditorsTearOffs().history(lakesides.getLinearId())).hasSize(1);
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void after_revocation_the_auditor_keeps_what_it_had_and_gets_only_tear_offs() {
        AccessGrantState grant = net.auditorMayRead(net.stMary());
        ClaimState submitted = net.providerSubmits(net.stMary());

        net.finish(net.insurer().startFlow(new RevokeAccessFlow.Initiator(grant.getLinearId(), "Audit closed")));
        ClaimState adjudicated = net.insurerAdjudicates(submitted.getLinearId());

        assertThat(claimAt(net.auditor(), submitted.getLinearId())).as("disclosed before").hasValue(submitted);
        assertThat(net.network.auditorsTearOffs().history(submitted.getLinearId())).extracting(k -> k.figures().getStatus())
                .contains(adjudicated.getStatus());
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    private List<InMemoryClaimAuditTrail.Entry> disclosuresAtInsurer() {
        return net.network.auditTrail(InMemoryNetwork.INSURER).entries().stream()
                .filter(entry -> entry.action().equals("DISCLOSE_TO_AUDITOR")).toList();
    }

    private List<byte[]> payloadsTo(net.corda.core.identity.CordaX500Name node) {
        List<byte[]> payloads = new ArrayList<>();
        for (Envelope envelope : delivered) {
            if (envelope.recipient().equals(node)) {
                payloads.add(envelope.payload());
            }
        }
        return payloads;
    }

    private static boolean containsAny(byte[] payload, List<String> markers) {
        String text = new String(payload, StandardCharsets.ISO_8859_1);
        for (String marker : markers) {
            if (text.contains(new String(marker.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }
}
