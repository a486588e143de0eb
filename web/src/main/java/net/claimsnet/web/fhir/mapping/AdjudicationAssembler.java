package net.claimsnet.web.fhir.mapping;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.LineAdjudication;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts ClaimResponse and ExplanationOfBenefit share: who and which claim, the outcome, a
 * line's adjudication (submitted, eligible, benefit, the member's liability, and each adjustment with
 * its group as the category and its CARC and RARC as the reason), the totals and the payment.
 */
final class AdjudicationAssembler {

    static final String USD = "USD";

    private AdjudicationAssembler() {
    }

    static Reference party(net.corda.core.identity.Party party) {
        return new Reference().setDisplay(party.getName().getOrganisation());
    }

    static Reference patientOf(ClaimState claim) {
        return new Reference().setIdentifier(new Identifier().setSystem(FhirSystems.MEMBER_ID)
                .setValue(claim.getClaim().getPatient().getMemberId()));
    }

    static Reference requestOf(ClaimState claim) {
        return new Reference("Claim/" + ClaimDesk.idOf(claim));
    }

    static Identifier claimIdOf(ClaimState claim) {
        return new Identifier().setSystem(FhirSystems.CLAIM_ID).setValue(claim.getClaim().getClaimId());
    }

    /** Queued while the insurer has not decided (or reconsiders on appeal); complete once decided, paid, voided or replaced. */
    static boolean isDecided(ClaimStatus status) {
        switch (status) {
            case APPROVED:
            case PARTIALLY_APPROVED:
            case DENIED:
            case SETTLED:
            case VOIDED:
            case REPLACED:
                return true;
            default:
                return false;
        }
    }

    static String disposition(ClaimState claim) {
        String status = claim.getStatus().name().toLowerCase().replace('_', ' ');
        return "Claim " + claim.getClaim().getClaimId() + " is " + status
                + (claim.getAdjudication() != null ? "; adjudication round " + claim.getAdjudication().getRound() : "");
    }

    static Money money(BigDecimal amount) {
        return new Money().setValue(amount).setCurrency(USD);
    }

    static CodeableConcept category(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }

    /** One adjudication entry: a category and an amount. */
    record Entry(CodeableConcept category, CodeableConcept reason, BigDecimal amount) {
    }

    /** A line's adjudication in order: submitted, eligible, each adjustment (group + CARC/RARC), the member's liability, benefit. */
    static List<Entry> entries(LineAdjudication line) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(category(FhirSystems.ADJUDICATION, "submitted"), null, line.getCharge()));
        if (line.getAllowed() != null) {
            entries.add(new Entry(category(FhirSystems.ADJUDICATION, "eligible"), null, line.getAllowed()));
        }
        for (Adjustment adjustment : line.getAdjustments()) {
            CodeableConcept reason = new CodeableConcept(new Coding(FhirSystems.CARC, adjustment.getCarc(), null));
            if (adjustment.getRarc() != null) {
                reason.addCoding(new Coding(FhirSystems.RARC, adjustment.getRarc(), null));
            }
            entries.add(new Entry(category(FhirSystems.ADJUSTMENT_GROUP, adjustment.getGroup().name()), reason, adjustment.getAmount()));
        }
        entries.add(new Entry(category(FhirSystems.C4BB_ADJUDICATION, "memberliability"), null, line.getPatientResponsibility()));
        entries.add(new Entry(category(FhirSystems.ADJUDICATION, "benefit"), null, line.getPaid()));
        return entries;
    }

    /** The claim's totals: submitted, eligible, the member's liability, benefit; empty before a decision. */
    static List<Entry> totals(ClaimState claim) {
        Adjudication adjudication = claim.getAdjudication();
        List<Entry> totals = new ArrayList<>();
        totals.add(new Entry(category(FhirSystems.ADJUDICATION, "submitted"), null, claim.getClaim().totalCharge()));
        if (adjudication == null) {
            return totals;
        }
        totals.add(new Entry(category(FhirSystems.ADJUDICATION, "eligible"),
                null, sum(adjudication.getLines(), LineAdjudication::getAllowed)));
        totals.add(new Entry(category(FhirSystems.C4BB_ADJUDICATION, "memberliability"), null, adjudication.totalPatientResponsibility()));
        totals.add(new Entry(category(FhirSystems.ADJUDICATION, "benefit"), null, adjudication.totalPaid()));
        return totals;
    }

    private static BigDecimal sum(List<LineAdjudication> lines, java.util.function.Function<LineAdjudication, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (LineAdjudication line : lines) {
            BigDecimal value = amount.apply(line);
            if (value != null) {
                total = total.add(value);
            }
        }
        return total;
    }

}
