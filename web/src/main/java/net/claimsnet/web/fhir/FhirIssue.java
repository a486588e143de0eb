package net.claimsnet.web.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.util.Objects;

/**
 * One problem with a FHIR request: how serious, its OperationOutcome issue type, what a person should
 * read, and the FHIRPath of the element it is about (null when it is about the request as a whole).
 */
public record FhirIssue(IssueSeverity severity, IssueType type, String diagnostics, String expression) {

    public FhirIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    public static FhirIssue error(IssueType type, String diagnostics, String expression) {
        return new FhirIssue(IssueSeverity.ERROR, type, diagnostics, expression);
    }

    public static FhirIssue warning(IssueType type, String diagnostics, String expression) {
        return new FhirIssue(IssueSeverity.WARNING, type, diagnostics, expression);
    }

    public boolean isError() {
        return severity == IssueSeverity.ERROR || severity == IssueSeverity.FATAL;
    }
}
