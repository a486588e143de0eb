package net.claimsnet.web.fhir.mapping;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Settlement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An adjudicated (or settled) claim as an ExplanationOfBenefit: what was billed per line, the
 * insurer's adjudication of it (as in ClaimResponse), the member's share, and the payment.
 */
public final class ExplanationOfBenefitAssembler {

    private ExplanationOfBenefitAssembler() {
    }

    /** Whether a claim has an EOB yet: the insurer has decided it. */
    public static boolean hasExplanation(ClaimState claim) {
        return claim.getAdjudication() != null;
    }

    public static ExplanationOfBenefit of(ClaimState claim) {
        ExplanationOfBenefit eob = new ExplanationOfBenefit();
        eob.setId(ClaimDesk.idOf(claim));
        eob.addIdentifier(AdjudicationAssembler.claimIdOf(claim));
        eob.setStatus(ExplanationOfBenefit.ExplanationOfBenefitStatus.ACTIVE);
        eob.setType(ClaimResponseAssembler.typeOf(claim.getClaim().getType()));
        eob.setUse(ExplanationOfBenefit.Use.fromCode(ClaimResponseAssembler.useOf(claim).toCode()));
        eob.setPatient(AdjudicationAssembler.patientOf(claim));
        eob.setCreated(new java.util.Date());
        eob.setInsurer(AdjudicationAssembler.party(claim.getInsurer()));
        Reference provider = AdjudicationAssembler.party(claim.getProvider());
        if (claim.getClaim().getBillingProviderNpi() != null) {
            provider.setIdentifier(new Identifier().setSystem(FhirSystems.NPI).setValue(claim.getClaim().getBillingProviderNpi()));
        }
        eob.setProvider(provider);
        eob.setClaim(AdjudicationAssembler.requestOf(claim));
        eob.setClaimResponse(new Reference("ClaimResponse/" + ClaimDesk.idOf(claim)));
        eob.setOutcome(AdjudicationAssembler.isDecided(claim.getStatus())
                ? ExplanationOfBenefit.RemittanceOutcome.COMPLETE : ExplanationOfBenefit.RemittanceOutcome.QUEUED);
        eob.setDisposition(AdjudicationAssembler.disposition(claim));
        LocalDate first = ClaimDesk.firstDateOfService(claim);
        LocalDate last = claim.getClaim().getServiceLines().stream().map(ServiceLine::getDateOfService)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (first != null) {
            eob.setBillablePeriod(new Period().setStart(Date.valueOf(first)).setEnd(Date.valueOf(last)));
        }
        eob.addInsurance().setFocal(true).setCoverage(new Reference().setDisplay("Coverage " + claim.getCoverageId().getId()));
        for (int i = 0; i < claim.getClaim().getDiagnosisCodes().size(); i++) {
            eob.addDiagnosis().setSequence(i + 1).setDiagnosis(new CodeableConcept(
                    new Coding(FhirSystems.ICD_10_CM, claim.getClaim().getDiagnosisCodes().get(i), null)));
        }
        for (ServiceLine line : claim.getClaim().getServiceLines()) {
            ExplanationOfBenefit.ItemComponent item = eob.addItem().setSequence(line.getSequence())
                    .setProductOrService(new CodeableConcept(new Coding(FhirSystems.CPT, line.getProcedureCode(), null)))
                    .setQuantity(new Quantity(line.getUnits()))
                    .setNet(AdjudicationAssembler.money(line.getCharge()));
            for (String modifier : line.getModifiers()) {
                item.addModifier(new CodeableConcept(new Coding(null, modifier, null)));
            }
            for (Integer pointer : line.getDiagnosisPointers()) {
                item.getDiagnosisSequence().add(new PositiveIntType(pointer));
            }
            if (line.getDateOfService() != null) {
                item.setServiced(new DateType(Date.valueOf(line.getDateOfService())));
            }
            if (line.getPlaceOfService() != null) {
                item.setLocation(new CodeableConcept(new Coding(FhirSystems.PLACE_OF_SERVICE, line.getPlaceOfService(), null)));
            }
            LineAdjudication decided = claim.getAdjudication() == null ? null : claim.getAdjudication().getLines().stream()
                    .filter(l -> l.getSequence() == line.getSequence()).findFirst().orElse(null);
            if (decided != null) {
                for (AdjudicationAssembler.Entry entry : AdjudicationAssembler.entries(decided)) {
                    item.addAdjudication().setCategory(entry.category()).setReason(entry.reason())
                            .setAmount(AdjudicationAssembler.money(entry.amount()));
                }
            }
        }
        for (AdjudicationAssembler.Entry total : AdjudicationAssembler.totals(claim)) {
            eob.addTotal().setCategory(total.category()).setAmount(AdjudicationAssembler.money(total.amount()));
        }
        Settlement settlement = claim.getSettlement();
        if (settlement != null) {
            eob.getPayment()
                    .setType(AdjudicationAssembler.category(FhirSystems.PAYMENT_TYPE, "complete"))
                    .setAmount(AdjudicationAssembler.money(settlement.getAmount()))
                    .setIdentifier(new Identifier().setSystem(FhirSystems.EFT_TRACE).setValue(settlement.getEftTraceNumber()));
            if (settlement.getPaymentDate() != null) {
                eob.getPayment().setDate(Date.valueOf(settlement.getPaymentDate()));
            }
        }
        return eob;
    }
}
