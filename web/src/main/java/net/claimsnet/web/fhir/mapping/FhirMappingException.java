package net.claimsnet.web.fhir.mapping;

import net.claimsnet.web.fhir.FhirIssue;

import java.util.List;

/** A resource that is valid FHIR but does not say what a claim on this network needs: each issue names the element. */
public class FhirMappingException extends RuntimeException {

    private final List<FhirIssue> issues;

    public FhirMappingException(List<FhirIssue> issues) {
        super(issues.isEmpty() ? "Not mappable" : issues.get(0).diagnostics());
        this.issues = List.copyOf(issues);
    }

    public List<FhirIssue> issues() {
        return issues;
    }
}
