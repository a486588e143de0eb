package net.claimsnet.web.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The search parameters /fhir reads, and the searchset Bundle its searches answer. */
final class SearchParameters {

    private static final Pattern CLAIM_REFERENCE = Pattern.compile("^(?:.*/)?Claim/([A-Za-z0-9\\-.]{1,64})$");
    private static final Pattern LEDGER_ID = Pattern.compile("^[A-Za-z0-9\\-.]{1,64}$");

    private SearchParameters() {
    }

    /** The claim's ledger id in a reference parameter ({@code Claim/{id}}, or the id alone), or 400 naming the parameter. */
    static String claimReference(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw FhirRequestException.badRequest(FhirIssue.error(IssueType.REQUIRED, "The search needs " + name + "=Claim/{id}", null));
            }
            return null;
        }
        Matcher matcher = CLAIM_REFERENCE.matcher(value.trim());
        if (matcher.matches()) {
            return matcher.group(1);
        }
        if (LEDGER_ID.matcher(value.trim()).matches()) {
            return value.trim();
        }
        throw FhirRequestException.badRequest(FhirIssue.error(IssueType.VALUE, name + " must be Claim/{id}; was '" + value + "'", null));
    }

    /** The member id in a patient parameter: {@code Patient/{member id}}, {@code system|member id} or the id alone. */
    static String memberOf(String patient) {
        String value = patient.trim();
        int bar = value.lastIndexOf('|');
        if (bar >= 0) {
            value = value.substring(bar + 1);
        }
        if (value.startsWith("Patient/")) {
            value = value.substring("Patient/".length());
        }
        if (value.isEmpty()) {
            throw FhirRequestException.badRequest(FhirIssue.error(IssueType.VALUE, "patient must name a member id; was '" + patient + "'", null));
        }
        return value;
    }

    static Bundle searchset(List<? extends Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(resources.size());
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart()).setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
