package net.claimsnet.web.fhir.mapping;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.Settlement;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;

import java.sql.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A claim on the ledger as a ClaimResponse: queued until the insurer decides, then its decision per line and its payment. */
public final class ClaimResponseAssembler {

    private static final Pattern LINE_FIELD = Pattern.compile("^serviceLines\\[(\\d+)]");

    private ClaimResponseAssembler() {
    }

    public static ClaimResponse of(ClaimState claim) {
        return of(claim, List.of());
    }

    /** With the scrub rules' findings on the claim as filed (warnings: errors would have stopped it), as ClaimResponse.error. */
    public static ClaimResponse of(ClaimState claim, List<ScrubFinding> findings) {
        ClaimResponse response = new ClaimResponse();
        response.setId(ClaimDesk.idOf(claim));
        response.addIdentifier(AdjudicationAssembler.claimIdOf(claim));
        response.setStatus(ClaimResponse.ClaimResponseStatus.ACTIVE);
        response.setType(typeOf(claim.getClaim().getType()));
        response.setUse(useOf(claim));
        response.setPatient(AdjudicationAssembler.patientOf(claim));
        response.setCreated(new java.util.Date());
        response.setInsurer(AdjudicationAssembler.party(claim.getInsurer()));
        response.setRequestor(AdjudicationAssembler.party(claim.getProvider()));
        response.setRequest(AdjudicationAssembler.requestOf(claim));
        response.setOutcome(AdjudicationAssembler.isDecided(claim.getStatus())
                ? ClaimResponse.RemittanceOutcome.COMPLETE : ClaimResponse.RemittanceOutcome.QUEUED);
        response.setDisposition(AdjudicationAssembler.disposition(claim));
        if (claim.getClaim().getPriorAuthorizationNumber() != null) {
            response.setPreAuthRef(claim.getClaim().getPriorAuthorizationNumber());
        }
        if (claim.getAdjudication() != null) {
            for (LineAdjudication line : claim.getAdjudication().getLines()) {
                ClaimResponse.ItemComponent item = response.addItem().setItemSequence(line.getSequence());
                for (AdjudicationAssembler.Entry entry : AdjudicationAssembler.entries(line)) {
                    item.addAdjudication().setCategory(entry.category()).setReason(entry.reason())
                            .setAmount(AdjudicationAssembler.money(entry.amount()));
                }
            }
        }
        for (AdjudicationAssembler.Entry total : AdjudicationAssembler.totals(claim)) {
            response.addTotal().setCategory(total.category()).setAmount(AdjudicationAssembler.money(total.amount()));
        }
        Settlement settlement = claim.getSettlement();
        if (settlement != null) {
            response.getPayment()
                    .setType(AdjudicationAssembler.category(FhirSystems.PAYMENT_TYPE, "complete"))
                    .setAmount(AdjudicationAssembler.money(settlement.getAmount()))
                    .setIdentifier(new Identifier().setSystem(FhirSystems.EFT_TRACE).setValue(settlement.getEftTraceNumber()));
            if (settlement.getPaymentDate() != null) {
                response.getPayment().setDate(Date.valueOf(settlement.getPaymentDate()));
            }
        }
        for (ScrubFinding finding : findings) {
            ClaimResponse.ErrorComponent error = response.addError().setCode(new CodeableConcept(
                    new Coding(FhirSystems.SCRUB_RULE, finding.rule(), finding.message())));
            Matcher line = LINE_FIELD.matcher(finding.field() == null ? "" : finding.field());
            if (line.find()) {
                error.setItemSequence(Integer.parseInt(line.group(1)) + 1);
            }
        }
        return response;
    }

    static CodeableConcept typeOf(ClaimType type) {
        return AdjudicationAssembler.category(FhirSystems.CLAIM_TYPE, type == ClaimType.INSTITUTIONAL ? "institutional" : "professional");
    }

    static ClaimResponse.Use useOf(ClaimState claim) {
        if (claim.getClaim().getUse() == null) {
            return ClaimResponse.Use.CLAIM;
        }
        switch (claim.getClaim().getUse()) {
            case PREAUTHORIZATION:
                return ClaimResponse.Use.PREAUTHORIZATION;
            case PREDETERMINATION:
                return ClaimResponse.Use.PREDETERMINATION;
            default:
                return ClaimResponse.Use.CLAIM;
        }
    }

}
