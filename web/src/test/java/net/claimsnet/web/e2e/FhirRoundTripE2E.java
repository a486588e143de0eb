package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.web.fhir.FhirR4;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;

import static net.claimsnet.web.e2e.NetworkApi.answer;
import static net.claimsnet.web.e2e.NetworkApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR round trip on the running network: St. Mary's billing system sends a claim Bundle to
 * Claim/$submit, Acme's adjuster has the rules decide it and pays it (the JSON API, as the desk
 * would), and St. Mary's ExplanationOfBenefit for the claim shows the line adjudication and the
 * payment the ledger holds, to the cent.
 */
@ExtendWith(RunningNetwork.class)
class FhirRoundTripE2E {

    private final NetworkApi network = new NetworkApi();

    @Test
    void a_claim_submitted_in_fhir_at_st_mary_is_paid_at_acme_and_explained_in_fhir_at_st_mary() {
        GeneratedClaim claim = E2eClaims.freshMemberClaim(NetworkClaims.Provider.ST_MARY, 90);
        network.enrol(claim.memberId(), claim.subscriberId(), claim.planId(), claim.dateOfService().withDayOfYear(1));

        Answer submitted = answer(network.api.post(network.stmary, "fhir/Claim/$submit", FhirClaimBundles.json(claim, "1234567893")));
        String id;
        if (submitted.status() == 202) {
            // The flow outlasted the request's wait: the claim is filed once it ends (as the desk's filing).
            Object page = Await.until("claim " + claim.claimId() + " filed at St. Mary", NetworkApi.STEP_TIMEOUT,
                    () -> answer(network.api.findByClaimId(network.stmary, claim.claimId())).json(),
                    found -> !((java.util.List<?>) Json.at(found, "claims")).isEmpty());
            id = Json.text(((java.util.List<?>) Json.at(page, "claims")).get(0), "id");
        } else {
            expect(201, submitted, "submitting claim " + claim.claimId() + " in FHIR at St. Mary");
            ClaimResponse queued = FhirR4.context().newJsonParser().parseResource(ClaimResponse.class, submitted.body());
            assertThat(queued.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.QUEUED);
            id = queued.getRequest().getReference().substring("Claim/".length());
        }

        network.claimWithStatus(network.acme, id, "SUBMITTED");
        expect(200, answer(network.api.adjudicateByRules(network.acme, id)), "adjudicating " + id + " at Acme");
        String reference = "EFT-FHIR-" + claim.claimId();
        expect(200, answer(network.api.settle(network.acme, id, reference)), "settling " + id + " at Acme");
        Object atStMary = network.claimWithStatus(network.stmary, id, "SETTLED");
        BigDecimal paid = new BigDecimal(Json.text(atStMary, "settlement.amount"));
        BigDecimal memberShare = new BigDecimal(Json.text(atStMary, "adjudication.totalPatientResponsibility"));

        Answer found = expect(200, answer(network.api.get(network.stmary, "fhir/ExplanationOfBenefit?claim=Claim/" + id)),
                "reading the ExplanationOfBenefit at St. Mary");
        Bundle bundle = FhirR4.context().newJsonParser().parseResource(Bundle.class, found.body());
        assertThat(bundle.getEntry()).hasSize(1);
        ExplanationOfBenefit eob = (ExplanationOfBenefit) bundle.getEntryFirstRep().getResource();
        assertThat(eob.getOutcome()).isEqualTo(ExplanationOfBenefit.RemittanceOutcome.COMPLETE);
        assertThat(eob.getIdentifierFirstRep().getValue()).isEqualTo(claim.claimId());
        assertThat(eob.getPayment().getAmount().getValue()).isEqualByComparingTo(paid);
        assertThat(eob.getPayment().getIdentifier().getValue()).isEqualTo(reference);
        assertThat(eob.getItem()).hasSize(claim.variant().lines().size());
        assertThat(eob.getTotal()).anySatisfy(total -> {
            assertThat(total.getCategory().getCodingFirstRep().getCode()).isEqualTo("memberliability");
            assertThat(total.getAmount().getValue()).isEqualByComparingTo(memberShare);
        });

        Answer byMember = expect(200, answer(network.api.get(network.stmary, "fhir/ExplanationOfBenefit?patient=" + claim.memberId())),
                "searching EOBs by member at St. Mary");
        assertThat(FhirR4.context().newJsonParser().parseResource(Bundle.class, byMember.body()).getTotal()).isEqualTo(1);
        Answer response = expect(200, answer(network.api.get(network.stmary, "fhir/ClaimResponse?request=Claim/" + id)),
                "reading the ClaimResponse at St. Mary");
        ClaimResponse complete = (ClaimResponse) FhirR4.context().newJsonParser().parseResource(Bundle.class, response.body())
                .getEntryFirstRep().getResource();
        assertThat(complete.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.COMPLETE);
    }
}
