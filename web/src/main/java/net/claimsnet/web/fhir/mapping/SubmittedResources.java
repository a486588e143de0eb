package net.claimsnet.web.fhir.mapping;

import net.claimsnet.web.fhir.FhirIssue;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Claim of a submission and the resources its references can reach: the Claim's contained ones
 * ({@code #id}) and, for a Bundle, the other entries (by full URL or {@code Type/id}). Each resource
 * comes with the FHIRPath it sits at in the request, so that a problem found later in a field points
 * at the element the field came from.
 */
public final class SubmittedResources {

    /** A resource of the request and where it is in it, e.g. {@code Bundle.entry[3].resource}. */
    public record Located<T extends Resource>(T resource, String path) {
    }

    private final Located<Claim> claim;
    private final Map<String, Located<Resource>> byReference = new HashMap<>();

    private SubmittedResources(Located<Claim> claim) {
        this.claim = claim;
    }

    /** The Claim of a Bundle or a lone Claim; anything else is refused with where it went wrong. */
    public static SubmittedResources of(Resource request) {
        if (request instanceof Claim) {
            SubmittedResources resources = new SubmittedResources(new Located<>((Claim) request, "Claim"));
            resources.addContained();
            return resources;
        }
        if (request instanceof Bundle) {
            return ofBundle((Bundle) request);
        }
        throw new FhirMappingException(List.of(FhirIssue.error(IssueType.INVALID,
                "Claim/$submit takes a Claim (with contained resources) or a Bundle holding one; the body is a "
                        + request.fhirType(), request.fhirType())));
    }

    private static SubmittedResources ofBundle(Bundle bundle) {
        List<Integer> claims = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (bundle.getEntry().get(i).getResource() instanceof Claim) {
                claims.add(i);
            }
        }
        if (claims.size() != 1) {
            throw new FhirMappingException(List.of(FhirIssue.error(IssueType.INVALID, "The Bundle must hold exactly one Claim; it holds "
                    + claims.size(), "Bundle.entry")));
        }
        int at = claims.get(0);
        SubmittedResources resources = new SubmittedResources(new Located<>((Claim) bundle.getEntry().get(at).getResource(),
                "Bundle.entry[" + at + "].resource"));
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            Located<Resource> located = new Located<>(resource, "Bundle.entry[" + i + "].resource");
            if (entry.hasFullUrl()) {
                resources.byReference.put(entry.getFullUrl(), located);
            }
            if (resource.getIdElement().hasIdPart()) {
                resources.byReference.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), located);
            }
        }
        resources.addContained();
        return resources;
    }

    private void addContained() {
        List<Resource> contained = claim.resource().getContained();
        for (int i = 0; i < contained.size(); i++) {
            Resource resource = contained.get(i);
            String id = resource.getIdElement().getIdPart();
            if (id != null) {
                byReference.put("#" + (id.startsWith("#") ? id.substring(1) : id), new Located<>(resource, claim.path() + ".contained[" + i + "]"));
            }
        }
    }

    public Located<Claim> claim() {
        return claim;
    }

    /** The resource of the given type a reference names in the request, if the request holds it. */
    public <T extends Resource> Optional<Located<T>> resolve(Reference reference, Class<T> type) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String target = reference.getReference();
        Located<Resource> found = byReference.get(target);
        if (found == null && !target.startsWith("#")) {
            // A full URL in the reference, a relative Type/id in the bundle (or the other way round).
            String relative = relativeOf(target);
            found = byReference.get(relative);
            if (found == null) {
                found = byReference.entrySet().stream().filter(e -> relativeOf(e.getKey()).equals(relative))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
        }
        if (found == null || !type.isInstance(found.resource())) {
            return Optional.empty();
        }
        return Optional.of(new Located<>(type.cast(found.resource()), found.path()));
    }

    private static String relativeOf(String reference) {
        String[] parts = reference.split("/");
        if (parts.length >= 2) {
            int end = parts.length;
            if (parts.length >= 4 && "_history".equals(parts[parts.length - 2])) {
                end -= 2;
            }
            return parts[end - 2] + "/" + parts[end - 1];
        }
        return reference;
    }
}
