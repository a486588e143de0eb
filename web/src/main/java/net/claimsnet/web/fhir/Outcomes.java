package net.claimsnet.web.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.util.List;

/** OperationOutcomes: every error at /fhir, and the answer of $validate. */
public final class Outcomes {

    private Outcomes() {
    }

    public static OperationOutcome of(List<FhirIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (FhirIssue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(issue.severity())
                    .setCode(issue.type())
                    .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
        }
        if (issues.isEmpty()) {
            // An OperationOutcome needs one issue at least: "all is well" is said as information.
            outcome.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
                    .setDiagnostics("No issues found");
        }
        return outcome;
    }

    public static OperationOutcome error(IssueType type, String diagnostics) {
        return of(List.of(FhirIssue.error(type, diagnostics, null)));
    }

    /** The issue type an HTTP error status stands for. */
    public static IssueType typeForStatus(int status) {
        switch (status) {
            case 401:
                return IssueType.LOGIN;
            case 403:
                return IssueType.FORBIDDEN;
            case 404:
                return IssueType.NOTFOUND;
            case 405:
            case 415:
                return IssueType.NOTSUPPORTED;
            case 409:
                return IssueType.CONFLICT;
            case 422:
                return IssueType.BUSINESSRULE;
            case 503:
                return IssueType.TRANSIENT;
            default:
                return status >= 500 ? IssueType.EXCEPTION : IssueType.INVALID;
        }
    }

    /** Whether any issue is an error (a $validate that fails, a submission refused). */
    public static boolean hasErrors(List<FhirIssue> issues) {
        return issues.stream().anyMatch(FhirIssue::isError);
    }
}
