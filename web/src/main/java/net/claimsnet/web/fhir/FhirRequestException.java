package net.claimsnet.web.fhir;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * A request /fhir refuses, with the issues that say where and why: 400 for a body that is not FHIR
 * (or not the resource an operation takes), 422 for a resource that is FHIR but cannot be processed.
 * The answer is an OperationOutcome in the request's format.
 */
public class FhirRequestException extends WebApplicationException {

    private final List<FhirIssue> issues;

    public FhirRequestException(int status, List<FhirIssue> issues) {
        super(summary(issues), Response.status(status).entity(Outcomes.of(issues)).build());
        this.issues = List.copyOf(issues);
    }

    public static FhirRequestException badRequest(FhirIssue issue) {
        return new FhirRequestException(400, List.of(issue));
    }

    public List<FhirIssue> issues() {
        return issues;
    }

    public int status() {
        return getResponse().getStatus();
    }

    private static String summary(List<FhirIssue> issues) {
        return issues.isEmpty() ? "Refused" : issues.get(0).diagnostics() + (issues.size() > 1 ? " (and " + (issues.size() - 1) + " more)" : "");
    }
}
