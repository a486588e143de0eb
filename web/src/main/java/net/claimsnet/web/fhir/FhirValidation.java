package net.claimsnet.web.fhir;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import net.claimsnet.rules.reference.ReferenceData;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * What $validate and $submit check before anything is mapped: the resource against R4's base
 * definitions (cardinalities, types, the specification's value sets, invariants), then the codes a
 * claim carries against this network's reference data ({@link ReferenceCodeChecks}). Each issue names
 * the element by its FHIRPath.
 */
public final class FhirValidation {

    private FhirValidation() {
    }

    /** Every issue; errors mean the resource is refused. {@code referenceData} may be null (no code lists on this node). */
    public static List<FhirIssue> validate(Resource resource, ReferenceData referenceData) {
        List<FhirIssue> issues = new ArrayList<>(structural(resource));
        issues.addAll(ReferenceCodeChecks.check(resource, referenceData));
        return issues;
    }

    /** The R4 base definitions' verdict alone. */
    public static List<FhirIssue> structural(Resource resource) {
        ValidationResult result = FhirR4.validator().validateWithResult(resource);
        List<FhirIssue> issues = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            if (message.getSeverity() == ResultSeverityEnum.INFORMATION) {
                continue;
            }
            issues.add(new FhirIssue(severity(message.getSeverity()), IssueType.INVALID, message.getMessage(),
                    message.getLocationString()));
        }
        return issues;
    }

    private static IssueSeverity severity(ResultSeverityEnum severity) {
        switch (severity) {
            case FATAL:
                return IssueSeverity.FATAL;
            case ERROR:
                return IssueSeverity.ERROR;
            case WARNING:
                return IssueSeverity.WARNING;
            default:
                return IssueSeverity.INFORMATION;
        }
    }
}
