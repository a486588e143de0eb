package net.claimsnet.web.fhir.mapping;

import net.claimsnet.states.ServiceLine;
import net.claimsnet.web.fhir.FhirIssue;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a submitted FHIR Claim bills, for {@link ClaimMapper}: Claim.diagnosis to the ledger's ICD-10
 * codes in sequence order, and Claim.item to service lines (codes, units, charge, date, place and
 * diagnosis pointers), each field with the FHIRPath it came from. A diagnosis that is not a code, a
 * quantity that is not a whole number or a pointer to no diagnosis is an error the claim is refused for.
 */
final class ClaimItemsMapper {

    private final Claim claim;
    private final String at;
    private final List<FhirIssue> errors;
    private final Map<String, String> sources;

    ClaimItemsMapper(Claim claim, String at, List<FhirIssue> errors, Map<String, String> sources) {
        this.claim = claim;
        this.at = at;
        this.errors = errors;
        this.sources = sources;
    }

    /** The ICD-10 codes in Claim.diagnosis order (by sequence); returns each diagnosis sequence's 1-based position. */
    Map<Integer, Integer> diagnoses(List<String> codes) {
        sources.put("diagnosisCodes", at + ".diagnosis");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < claim.getDiagnosis().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> claim.getDiagnosis().get(i).getSequence()));
        Map<Integer, Integer> positions = new HashMap<>();
        for (int i : order) {
            Claim.DiagnosisComponent diagnosis = claim.getDiagnosis().get(i);
            String path = at + ".diagnosis[" + i + "]";
            if (!diagnosis.hasDiagnosisCodeableConcept()) {
                errors.add(FhirIssue.error(IssueType.NOTSUPPORTED, "Diagnosis " + diagnosis.getSequence()
                        + " must be a code (diagnosisCodeableConcept, ICD-10-CM); a reference to a Condition is not read", path));
                continue;
            }
            List<Coding> codings = diagnosis.getDiagnosisCodeableConcept().getCoding();
            int chosen = FhirValues.choose(codings, FhirSystems.DIAGNOSIS_SYSTEMS);
            codes.add(chosen < 0 ? "" : codings.get(chosen).getCode().trim());
            sources.put("diagnosisCodes[" + (codes.size() - 1) + "]", chosen < 0 ? path + ".diagnosisCodeableConcept"
                    : path + ".diagnosisCodeableConcept.coding[" + chosen + "].code");
            positions.put(diagnosis.getSequence(), codes.size());
        }
        return positions;
    }

    List<ServiceLine> lines(Map<Integer, Integer> pointerOfSequence) {
        sources.put("serviceLines", at + ".item");
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 0; i < claim.getItem().size(); i++) {
            Claim.ItemComponent item = claim.getItem().get(i);
            String path = at + ".item[" + i + "]";
            String field = "serviceLines[" + i + "].";
            sources.put("serviceLines[" + i + "]", path);
            List<Coding> codings = item.getProductOrService().getCoding();
            int chosen = FhirValues.choose(codings, FhirSystems.PROCEDURE_SYSTEMS);
            sources.put(field + "procedureCode", chosen < 0 ? path + ".productOrService" : path + ".productOrService.coding[" + chosen + "].code");
            List<String> modifiers = new ArrayList<>();
            for (CodeableConcept modifier : item.getModifier()) {
                if (modifier.hasCoding() && modifier.getCodingFirstRep().hasCode()) {
                    modifiers.add(modifier.getCodingFirstRep().getCode().trim());
                }
            }
            sources.put(field + "modifiers", path + ".modifier");
            int units = units(item, path);
            sources.put(field + "units", path + ".quantity");
            BigDecimal charge = charge(item);
            sources.put(field + "charge", path + ".net");
            LocalDate date = dateOfService(item);
            sources.put(field + "dateOfService", item.hasServiced() ? path + ".serviced" : path + ".servicedDate");
            String place = item.hasLocationCodeableConcept() && item.getLocationCodeableConcept().hasCoding()
                    ? item.getLocationCodeableConcept().getCodingFirstRep().getCode() : null;
            sources.put(field + "placeOfService", item.hasLocationCodeableConcept() ? path + ".locationCodeableConcept.coding[0].code" : path + ".location");
            List<Integer> pointers = new ArrayList<>();
            for (int k = 0; k < item.getDiagnosisSequence().size(); k++) {
                Integer sequence = item.getDiagnosisSequence().get(k).getValue();
                Integer position = sequence == null ? null : pointerOfSequence.get(sequence);
                if (position == null) {
                    errors.add(FhirIssue.error(IssueType.VALUE, "Line " + (i + 1) + " points at diagnosis " + sequence
                            + ", which Claim.diagnosis does not have", path + ".diagnosisSequence[" + k + "]"));
                } else {
                    pointers.add(position);
                }
            }
            sources.put(field + "diagnosisPointers", path + ".diagnosisSequence");
            lines.add(new ServiceLine(i + 1, chosen < 0 ? null : codings.get(chosen).getCode().trim(), modifiers, units,
                    charge, date, place, pointers));
        }
        return lines;
    }

    private int units(Claim.ItemComponent item, String path) {
        if (!item.hasQuantity() || !item.getQuantity().hasValue()) {
            return 1;
        }
        BigDecimal value = item.getQuantity().getValue();
        if (value.stripTrailingZeros().scale() > 0) {
            errors.add(FhirIssue.error(IssueType.VALUE, "Units must be a whole number; the quantity is " + value.toPlainString(),
                    path + ".quantity.value"));
            return 0;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            errors.add(FhirIssue.error(IssueType.VALUE, "The quantity " + value.toPlainString() + " is too large", path + ".quantity.value"));
            return 0;
        }
    }

    /** Claim.item.net, else unitPrice x quantity (x factor); null when the item has no amount (the rules say so). */
    private static BigDecimal charge(Claim.ItemComponent item) {
        if (item.hasNet() && item.getNet().hasValue()) {
            return item.getNet().getValue().setScale(2, RoundingMode.HALF_UP);
        }
        if (item.hasUnitPrice() && item.getUnitPrice().hasValue()) {
            BigDecimal quantity = item.hasQuantity() && item.getQuantity().hasValue() ? item.getQuantity().getValue() : BigDecimal.ONE;
            BigDecimal factor = item.hasFactor() ? item.getFactor() : BigDecimal.ONE;
            return item.getUnitPrice().getValue().multiply(quantity).multiply(factor).setScale(2, RoundingMode.HALF_UP);
        }
        return null;
    }

    private LocalDate dateOfService(Claim.ItemComponent item) {
        if (item.hasServicedDateType()) {
            return FhirValues.localDate(item.getServicedDateType());
        }
        if (item.hasServicedPeriod() && item.getServicedPeriod().hasStart()) {
            return FhirValues.toLocalDate(item.getServicedPeriod().getStart());
        }
        if (claim.hasBillablePeriod() && claim.getBillablePeriod().hasStart()) {
            return FhirValues.toLocalDate(claim.getBillablePeriod().getStart());
        }
        return null;
    }
}
