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

    /** HAPI names the resource in a comment inside its FHIRPath ({@code Bundle.entry[0].resource/*Claim/x*}{@code /}); a client needs the path alone. */
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("/\\*.*?\\*/");

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
        return messages(FhirR4.validator().validateWithResult(resource));
    }

    private static List<FhirIssue> messages(ValidationResult result) {
        List<FhirIssue> issues = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            if (message.getSeverity() == ResultSeverityEnum.INFORMATION) {
                continue;
            }
            String location = message.getLocationString() == null ? null : COMMENT.matcher(message.getLocationString()).replaceAll("");
            IssueSeverity severity = severity(message.getSeverity());
            if (isAdvisory(message, location)) {
                severity = IssueSeverity.WARNING;
            }
            issues.add(new FhirIssue(severity, IssueType.INVALID, message.getMessage(), location));
        }
        return issues;
    }

    /**
     * Problems that do not touch the data this network reads are told, not refused: the narrative's
     * links (text.div is for people; the node reads the structured elements), and an implementation
     * guide's profile the node does not hold (it checks R4 and its own needs, not every guide's).
     */
    private static boolean isAdvisory(SingleValidationMessage message, String location) {
        return (location != null && location.contains(".text.div"))
                || (message.getMessage() != null && (message.getMessage().contains("has not been checked because it could not be found")
                || message.getMessage().startsWith("Invalid profile. Failed to retrieve profile")));
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
