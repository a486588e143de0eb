package net.claimsnet.web.api;

import jakarta.ws.rs.core.Response;
import net.claimsnet.web.api.ActionInputs.AdjudicationInput;
import net.claimsnet.web.api.ActionInputs.AdjustmentInput;
import net.claimsnet.web.api.ActionInputs.LineAdjudicationInput;
import net.claimsnet.web.api.ActionInputs.SettlementInput;
import net.claimsnet.web.api.ClaimViews.ClaimView;
import net.claimsnet.web.api.ClaimViews.FilingView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static net.claimsnet.web.api.ApiTestNetwork.answer;
import static net.claimsnet.web.api.ApiTestNetwork.error;
import static org.assertj.core.api.Assertions.assertThat;

/** The claims resource over real desks; failures go through the mapper as the server would send them. */
class ClaimsResourceTest {

    private final ApiTestNetwork net = new ApiTestNetwork();
    private final ClaimsResource billing = new ClaimsResource(net.desk(net.network.stMary()),
            new FakeSecurityContext("billing@stmary", "BILLING"));
    private final ClaimsResource lakesideBilling = new ClaimsResource(net.desk(net.network.lakeside()),
            new FakeSecurityContext("billing@lakeside", "BILLING"));
    private final ClaimsResource adjuster = new ClaimsResource(net.desk(net.network.insurer()),
            new FakeSecurityContext("adjuster@acme", "ADJUSTER"));

    @AfterEach
    void close() {
        net.close();
    }


    private ClaimView filed(String claimId) {
        Response response = billing.submit(ApiTestNetwork.claim(claimId));
        assertThat(response.getStatus()).isEqualTo(201);
        return ((FilingView) response.getEntity()).claim();
    }

    @Test
    void filingAClaimAnswers201WithItsLocationAndTheClaim() {
        Response response = billing.submit(ApiTestNetwork.claim("CLM-1"));

        assertThat(response.getStatus()).isEqualTo(201);
        FilingView filed = (FilingView) response.getEntity();
        assertThat(filed.claim().status()).isEqualTo("SUBMITTED");
        assertThat(filed.claim().claimId()).isEqualTo("CLM-1");
        assertThat(filed.claim().patient().lastName()).isEqualTo("Doe");
        assertThat(filed.claim().totalCharge()).isEqualByComparingTo("190.00");
        assertThat(response.getLocation().toString()).isEqualTo("claims/" + filed.claim().id());
        assertThat(adjuster.claim(filed.claim().id()).status()).isEqualTo("SUBMITTED");
    }

    @Test
    void filingTheSameClaimIdWithTheSameDetailsAgainAnswers200WithTheClaimAndAlreadyFiled() {
        Response first = billing.submit(ApiTestNetwork.claim("CLM-DUP"));
        Response again = billing.submit(ApiTestNetwork.claim("CLM-DUP"));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(((FilingView) first.getEntity()).alreadyFiled()).isFalse();
        assertThat(again.getStatus()).isEqualTo(200);
        FilingView answered = (FilingView) again.getEntity();
        assertThat(answered.alreadyFiled()).isTrue();
        assertThat(answered.claim().id()).isEqualTo(((FilingView) first.getEntity()).claim().id());
        assertThat(again.getHeaderString("Content-Location")).isEqualTo("claims/" + answered.claim().id());
        assertThat(net.network.insurer().ledger().vault().unconsumed(net.claimsnet.states.ClaimState.class)).hasSize(1);
    }

    @Test
    void filingTheSameClaimIdWithOtherDetailsIs409SayingToReplaceIt() {
        ClaimView first = filed("CLM-DUP2");
        ClaimFilingInput claim = ApiTestNetwork.claim("CLM-DUP2");
        ClaimFilingInput otherPayer = new ClaimFilingInput(claim.claimId(), claim.type(), claim.use(), claim.patient(),
                claim.subscriberId(), claim.billingProviderNpi(), "ACME02", claim.diagnosisCodes(), null, List.of(),
                claim.serviceLines(), null, claim.planId());

        Response response = answer(() -> billing.submit(otherPayer));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(error(response).message()).contains("CLM-DUP2 was filed already with other details (differing: payerId)")
                .contains("replacement (frequency code 7) of claim " + first.id());
    }

    @Test
    void aClaimTheScrubRulesRejectIs422WithEachFindingsSeverityFieldRuleAndMessage() {
        ClaimFilingInput bad = ApiTestNetwork.claim("CLM-2");
        bad = new ClaimFilingInput(bad.claimId(), bad.type(), bad.use(), bad.patient(), bad.subscriberId(), "1234567890",
                bad.payerId(), List.of("E11.9", "not-icd"), null, List.of(), bad.serviceLines(), null, bad.planId());

        Response response = billing.submit(bad);

        assertThat(response.getStatus()).isEqualTo(422);
        ApiError error = error(response);
        assertThat(error.error()).isEqualTo("scrub-rejected");
        assertThat(error.findings()).extracting(ApiError.Finding::rule).contains("npi-check-digit", "icd10-format");
        assertThat(error.findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo("ERROR");
            assertThat(f.field()).isEqualTo("billingProviderNpi");
            assertThat(f.message()).contains("1234567890");
        });
        assertThat(net.network.stMary().ledger().vault().unconsumed(net.claimsnet.states.ClaimState.class)).isEmpty();
    }

    @Test
    void aMissingFieldIs400NamingIt() {
        ClaimFilingInput claim = ApiTestNetwork.claim("CLM-3");
        ClaimFilingInput.LineInput line = claim.serviceLines().get(1);
        ClaimFilingInput noCharge = new ClaimFilingInput(claim.claimId(), claim.type(), claim.use(), claim.patient(), claim.subscriberId(),
                claim.billingProviderNpi(), claim.payerId(), claim.diagnosisCodes(), null, List.of(),
                List.of(claim.serviceLines().get(0), new ClaimFilingInput.LineInput(2, line.procedureCode(), List.of(), 1, null,
                        line.dateOfService(), "11", List.of(1))), null, claim.planId());

        Response response = answer(() -> billing.submit(noCharge));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response).field()).isEqualTo("serviceLines[1].charge");
        assertThat(answer(() -> billing.submit(null)).getStatus()).isEqualTo(400);
        Response badDate = answer(() -> billing.search(null, null, null, null, "10/03/2025", null, null, null));
        assertThat(error(badDate).field()).isEqualTo("from");
        assertThat(error(answer(() -> billing.search("PAID", null, null, null, null, null, null, null))).field()).isEqualTo("status");
        assertThat(error(answer(() -> billing.search(null, null, null, null, null, null, "two", null))).field()).isEqualTo("page");
    }

    @Test
    void anUnknownClaimOrAnotherProvidersIs404() {
        ClaimView claim = filed("CLM-4");

        assertThat(answer(() -> billing.claim(UUID.randomUUID().toString())).getStatus()).isEqualTo(404);
        assertThat(answer(() -> lakesideBilling.claim(claim.id())).getStatus()).isEqualTo(404);
        assertThat(answer(() -> lakesideBilling.history(claim.id())).getStatus()).isEqualTo(404);
    }

    @Test
    void anAdjusterCannotFileAClaim() {
        Response response = answer(() -> new ClaimsResource(net.desk(net.network.stMary()),
                new FakeSecurityContext("adjuster@acme", "ADJUSTER")).submit(ApiTestNetwork.claim("CLM-5")));

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void settlingADeniedClaimIs409WithTheReasonAndChangesNothing() {
        ClaimView claim = filed("CLM-6");
        AdjustmentInput notCovered = new AdjustmentInput("CO", "96", null, null);
        ClaimView denied = adjuster.adjudicate(claim.id(), new AdjudicationInput(List.of(
                new LineAdjudicationInput(1, "DENIED", List.of(new AdjustmentInput("CO", "96", null, new BigDecimal("150.00")))),
                new LineAdjudicationInput(2, "DENIED", List.of(new AdjustmentInput("CO", "96", "N130", new BigDecimal("40.00")))))));
        assertThat(denied.status()).isEqualTo("DENIED");
        assertThat(denied.adjudication().lines().get(1).adjustments().get(0).rarc()).isEqualTo("N130");

        Response response = answer(() -> adjuster.settle(claim.id(), new SettlementInput("EFT-1", null)));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(error(response).message()).contains("Only an approved or partially approved claim can be settled").contains("DENIED");
        assertThat(adjuster.history(claim.id()).transactions()).hasSize(2);
        Response missingAmount = answer(() -> adjuster.adjudicate(claim.id(), new AdjudicationInput(List.of(
                new LineAdjudicationInput(1, "DENIED", List.of(notCovered))))));
        assertThat(missingAmount.getStatus()).isEqualTo(400);
        assertThat(error(missingAmount).field()).isEqualTo("lines[0].adjustments[0].amount");
    }

    @Test
    void theWholeLifecycleThroughTheResources() {
        ClaimView claim = filed("CLM-7");

        assertThat(adjuster.requestInformation(claim.id(), new ActionInputs.InformationRequestInput("Operative report?",
                List.of("N264"))).status()).isEqualTo("INFO_REQUESTED");
        String document = "ab".repeat(32);
        assertThat(billing.provideInformation(claim.id(), new ActionInputs.InformationInput("Attached", List.of(document)))
                .informationRequests().get(0).documents()).containsExactly(document.toUpperCase());
        ClaimView decided = adjuster.adjudicate(claim.id(), new AdjudicationInput(null));
        assertThat(decided.status()).isEqualTo("APPROVED");
        assertThat(decided.adjudication().totalPaid()).isEqualByComparingTo("41.60");
        assertThat(adjuster.settle(claim.id(), new SettlementInput("EFT-7", "2025-04-01")).settlement().eftTraceNumber())
                .isEqualTo("EFT-7");
        assertThat(billing.appeal(claim.id(), new ActionInputs.AppealInput("Underpaid", List.of())).status()).isEqualTo("APPEALED");
        assertThat(billing.history(claim.id()).transactions()).extracting(t -> t.commands().get(0))
                .containsExactly("Submit", "RequestInformation", "ProvideInformation", "Adjudicate", "Settle", "Appeal");
        assertThat(billing.search("APPEALED", "M-1001", null, null, "2025-03-01", "2025-03-31", "0", "10").claims())
                .extracting(ClaimViews.ClaimSummary::claimId).containsExactly("CLM-7");

        ClaimView other = filed("CLM-8");
        Response replaced = billing.replace(other.id(), ApiTestNetwork.claim("CLM-8A"));
        assertThat(replaced.getStatus()).isEqualTo(201);
        assertThat(((FilingView) replaced.getEntity()).claim().frequencyCode()).isEqualTo("REPLACEMENT");
        assertThat(billing.claim(other.id()).status()).isEqualTo("REPLACED");
        ClaimView third = filed("CLM-9");
        assertThat(billing.voidClaim(third.id()).status()).isEqualTo("VOIDED");
        assertThat(answer(() -> billing.voidClaim(third.id())).getStatus()).isEqualTo(409);
    }
}
