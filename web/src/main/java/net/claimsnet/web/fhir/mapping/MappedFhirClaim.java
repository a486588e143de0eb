package net.claimsnet.web.fhir.mapping;

import net.claimsnet.states.ClaimDetails;

import java.util.List;
import java.util.Map;

/**
 * A submitted FHIR claim as the ledger will hold it, with the plan on the patient's card (which the
 * scrub rules check and the ledger does not keep), and for each ledger field (as the scrub rules name
 * it: {@code memberId}, {@code serviceLines[0].units}, ...) the FHIRPath of the element it came from.
 */
public record MappedFhirClaim(ClaimDetails details, String planId, Map<String, String> sources, List<net.claimsnet.web.fhir.FhirIssue> warnings) {

    public MappedFhirClaim {
        sources = Map.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /**
     * The FHIRPath of the element a ledger field came from: the field's own, else its line's (for a
     * line field with no element of its own), else the Claim's.
     */
    public String sourceOf(String field) {
        if (field == null) {
            return sources.getOrDefault("claim", "Claim");
        }
        String exact = sources.get(field);
        if (exact != null) {
            return exact;
        }
        int dot = field.indexOf('.');
        if (dot > 0 && sources.containsKey(field.substring(0, dot))) {
            return sources.get(field.substring(0, dot));
        }
        int bracket = field.indexOf('[');
        if (bracket > 0 && sources.containsKey(field.substring(0, bracket))) {
            return sources.get(field.substring(0, bracket));
        }
        return sources.getOrDefault("claim", "Claim");
    }
}
