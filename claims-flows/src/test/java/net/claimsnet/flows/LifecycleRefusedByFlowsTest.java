package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.AppealClaimFlow;
import net.claimsnet.flows.claim.PendClaimFlow;
import net.claimsnet.flows.claim.ProvideInformationFlow;
import net.claimsnet.flows.claim.ReplaceClaimFlow;
import net.claimsnet.flows.claim.RequestInformationFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.VoidClaimFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimState;
import net.corda.core.crypto.SecureHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static net.claimsnet.flows.ClaimNetwork.historyAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each initiating flow refuses a step the claim's status does not allow before it builds a
 * transaction, in the lifecycle's words (ClaimLifecycle), as the desk does; no party records anything.
 * The steps on claims whose status allows them are {@link ClaimLifecycleFlowsTest}'s.
 */
class LifecycleRefusedByFlowsTest {

    private final ClaimNetwork net = new ClaimNetwork();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void theInsurerCannotSettleAClaimItHasNotAdjudicated() {
        ClaimState submitted = net.providerSubmits(net.stMary());

        assertRefused(net.insurer().startFlow(new SettleClaimFlow.Initiator(submitted.getLinearId(), "EFT-1")),
                submitted, "Only an approved or partially approved claim can be settled");
    }

    @Test
    void theInsurerCannotAdjudicateAClaimAwaitingInformation() {
        ClaimState submitted = net.providerSubmits(net.stMary());
        ClaimState awaiting = net.insurerRequestsInformation(submitted.getLinearId(), "Operative report?");

        assertRefused(net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(submitted.getLinearId())),
                awaiting, "Only a submitted, pended, answered or appealed claim can be adjudicated");
    }

    @Test
    void theInsurerCannotPendOrQuestionADecidedClaim() {
        ClaimState submitted = net.providerSubmits(net.stMary());
        ClaimState decided = net.insurerAdjudicates(submitted.getLinearId());

        assertRefused(net.insurer().startFlow(new PendClaimFlow.Initiator(submitted.getLinearId(), "second look")),
                decided, "Only a submitted, answered or appealed claim can be pended");
        assertRefused(net.insurer().startFlow(new RequestInformationFlow.Initiator(submitted.getLinearId(),
                "Operative report?", List.of("N264"))), decided,
                "Information can only be requested on a submitted, pended or answered claim");
    }

    @Test
    void theProviderCannotAnswerWhatWasNotAskedNorAppealWhatWasNotDecided() {
        ClaimState submitted = net.providerSubmits(net.stMary());

        assertRefused(net.stMary().startFlow(new ProvideInformationFlow.Initiator(submitted.getLinearId(), "here",
                List.of())), submitted, "Information can only be provided on a claim awaiting information");
        assertRefused(net.stMary().startFlow(new AppealClaimFlow.Initiator(submitted.getLinearId(), "unfair",
                List.of(SecureHash.sha256("letter")))), submitted, "Only an adjudicated or settled claim can be appealed");
    }

    @Test
    void theProviderCannotVoidOrReplaceAPaidClaim() {
        ClaimState settled = net.settledClaim(net.stMary());

        assertRefused(net.stMary().startFlow(new VoidClaimFlow.Initiator(settled.getLinearId())),
                settled, "Only an unsettled claim can be voided");
        assertRefused(net.stMary().startFlow(new ReplaceClaimFlow.Initiator(settled.getLinearId(),
                SampleClaims.details(ST_MARY_MEMBER))), settled, "Only an unsettled claim can be replaced");
    }

    /** The flow failed with the rule, naming the claim and its status, and the claim stayed as it was everywhere. */
    private void assertRefused(FlowHandle<?> flow, ClaimState claim, String rule) {
        List<Node> holders = List.of(net.stMary(), net.insurer(), net.auditor());
        List<Integer> versions = holders.stream().map(node -> historyAt(node, claim.getLinearId()).size()).toList();

        assertThat(net.failureOf(flow)).contains(rule + "; claim " + claim.getLinearId().getId() + " is " + claim.getStatus());
        for (int i = 0; i < holders.size(); i++) {
            assertThat(claimAt(holders.get(i), claim.getLinearId())).hasValue(claim);
            assertThat(historyAt(holders.get(i), claim.getLinearId())).hasSize(versions.get(i));
        }
        // No counterparty was asked anything: the only flows left unfinished are the refused initiators.
        assertThat(net.unfinishedFlows()).allSatisfy(left -> assertThat(left).containsPattern(" FAILED: .*; claim .* is "));
    }
}
