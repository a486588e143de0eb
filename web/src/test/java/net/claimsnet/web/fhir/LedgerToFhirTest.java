package net.claimsnet.web.fhir;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.Settlement;
import net.claimsnet.web.fhir.mapping.ClaimResponseAssembler;
import net.claimsnet.web.fhir.mapping.ExplanationOfBenefitAssembler;
import net.claimsnet.web.fhir.mapping.FhirSystems;
import net.claimsnet.web.fhir.mapping.MappedFhirClaim;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim mapped from FHIR, decided and paid on the ledger, and read back as ClaimResponse and
 * ExplanationOfBenefit, through their JSON: the amounts per line and in total, the adjustments'
 * group and CARC/RARC, the member's share and the payment are those of the ledger, to the cent.
 */
class LedgerToFhirTest {

    private static final Party ST_MARY = party("O=St. Mary Hospital,L=Boston,C=US");
    private static final Party ACME = party("O=Acme Health Insurance,L=Hartford,C=US");

    @Test
    void a_submitted_claim_is_queued_with_nothing_decided() {
        ClaimState submitted = ClaimState.submitted(ST_MARY, ACME, mapped().details(), new UniqueIdentifier());

        ClaimResponse response = roundTrip(ClaimResponseAssembler.of(submitted), ClaimResponse.class);

        assertThat(response.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.QUEUED);
        assertThat(response.getItem()).isEmpty();
        assertThat(response.getRequest().getReference()).isEqualTo("Claim/" + submitted.getLinearId().getId());
        assertThat(ExplanationOfBenefitAssembler.hasExplanation(submitted)).isFalse();
    }

    @Test
    void a_paid_claim_reads_back_with_its_line_adjudication_reasons_member_share_and_payment() {
        ClaimState paid = paidClaim();

        ClaimResponse response = roundTrip(ClaimResponseAssembler.of(paid), ClaimResponse.class);
        ExplanationOfBenefit eob = roundTrip(ExplanationOfBenefitAssembler.of(paid), ExplanationOfBenefit.class);

        assertThat(response.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.COMPLETE);
        ClaimResponse.ItemComponent item = response.getItemFirstRep();
        assertThat(item.getItemSequence()).isEqualTo(1);
        assertThat(amount(item.getAdjudication(), "submitted")).isEqualByComparingTo("150.00");
        assertThat(amount(item.getAdjudication(), "eligible")).isEqualByComparingTo("92.00");
        assertThat(amount(item.getAdjudication(), "benefit")).isEqualByComparingTo("62.00");
        assertThat(amount(item.getAdjudication(), "memberliability")).isEqualByComparingTo("30.00");
        ClaimResponse.AdjudicationComponent contractual = item.getAdjudication().stream()
                .filter(a -> a.getCategory().getCodingFirstRep().getCode().equals("CO")).findFirst().orElseThrow();
        assertThat(contractual.getReason().getCoding()).extracting(c -> c.getSystem() + "#" + c.getCode())
                .containsExactly(FhirSystems.CARC + "#45", FhirSystems.RARC + "#N381");
        assertThat(contractual.getAmount().getValue()).isEqualByComparingTo("58.00");
        assertThat(response.getPayment().getAmount().getValue()).isEqualByComparingTo("62.00");
        assertThat(response.getPayment().getIdentifier().getValue()).isEqualTo("EFT-0001");

        assertThat(eob.getOutcome()).isEqualTo(ExplanationOfBenefit.RemittanceOutcome.COMPLETE);
        assertThat(eob.getItemFirstRep().getProductOrService().getCodingFirstRep().getCode()).isEqualTo("99213");
        assertThat(eob.getItemFirstRep().getNet().getValue()).isEqualByComparingTo("150.00");
        assertThat(eob.getTotal()).anySatisfy(t -> {
            assertThat(t.getCategory().getCodingFirstRep().getCode()).isEqualTo("memberliability");
            assertThat(t.getAmount().getValue()).isEqualByComparingTo("30.00");
        });
        assertThat(eob.getPayment().getAmount().getValue()).isEqualByComparingTo("62.00");
        assertThat(eob.getPayment().getDate()).isNotNull();
        assertThat(eob.getPatient().getIdentifier().getValue()).isEqualTo("M-FHIR-0001");
    }

    @Test
    void an_eob_passes_r4s_definitions() {
        List<FhirIssue> issues = FhirValidation.structural(ExplanationOfBenefitAssembler.of(paidClaim()));
        assertThat(issues.stream().filter(FhirIssue::isError).toList()).isEmpty();
    }

    private static ClaimState paidClaim() {
        ClaimState submitted = ClaimState.submitted(ST_MARY, ACME, mapped().details(), new UniqueIdentifier());
        LineAdjudication line = new LineAdjudication(1, LineDecision.REDUCED, new BigDecimal("150.00"), new BigDecimal("92.00"),
                new BigDecimal("62.00"), List.of(new Adjustment(AdjustmentGroup.CO, "45", "N381", new BigDecimal("58.00")),
                new Adjustment(AdjustmentGroup.PR, "3", null, new BigDecimal("30.00"))), new BigDecimal("30.00"), List.of("pricing"));
        return submitted.withAdjudication(new Adjudication(List.of(line), AdjudicationOutcome.APPROVED, "abc", "rules", 1))
                .withStatus(ClaimStatus.SETTLED)
                .withSettlement(new Settlement(new BigDecimal("62.00"), LocalDate.of(2026, 12, 1), "EFT-0001"));
    }

    private static MappedFhirClaim mapped() {
        return ClaimSubmission.prepare(FhirParsing.parse(FhirTestFiles.resource("claim-bundle.json"), false), null);
    }

    private static <T extends org.hl7.fhir.r4.model.Resource> T roundTrip(T resource, Class<T> type) {
        String json = FhirR4.context().newJsonParser().encodeResourceToString(resource);
        return type.cast(FhirParsing.parse(json, false));
    }

    private static BigDecimal amount(List<ClaimResponse.AdjudicationComponent> adjudication, String category) {
        Money money = adjudication.stream().filter(a -> a.getCategory().getCodingFirstRep().getCode().equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no " + category)).getAmount();
        return money.getValue();
    }

    private static Party party(String name) {
        try {
            return new Party(CordaX500Name.parse(name), KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
