package net.claimsnet.web.fhir;

import net.claimsnet.rules.fact.CodeFormats;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.web.fhir.mapping.FhirMappingException;
import net.claimsnet.web.fhir.mapping.FhirSystems;
import net.claimsnet.web.fhir.mapping.SubmittedResources;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes in a request checked as the scrub rules check them, with the same code shapes
 * ({@link CodeFormats}) and the same lists (the rule set's reference data): ICD-10-CM diagnoses and
 * CPT/HCPCS procedures well formed (an error) and on the payer's list (a warning otherwise, as the
 * rules say), the billing provider's NPI check digit, place of service a known CMS code. Without reference data
 * (a node that runs no rules) only the shapes are checked.
 */
final class ReferenceCodeChecks {

    private ReferenceCodeChecks() {
    }

    static List<FhirIssue> check(Resource resource, ReferenceData reference) {
        List<FhirIssue> issues = new ArrayList<>();
        check(resource, resource.fhirType(), reference, issues);
        return issues;
    }

    private static void check(Resource resource, String path, ReferenceData reference, List<FhirIssue> issues) {
        if (resource instanceof Bundle) {
            List<Bundle.BundleEntryComponent> entries = ((Bundle) resource).getEntry();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).getResource() instanceof Claim) {
                    claim((Claim) entries.get(i).getResource(), path + ".entry[" + i + "].resource", reference, issues);
                }
            }
        } else if (resource instanceof Claim) {
            claim((Claim) resource, path, reference, issues);
        }
        if (resource instanceof Claim || resource instanceof Bundle) {
            billingProviderNpi(resource, issues);
        }
    }

    /** The NPI of the Organization, Practitioner or PractitionerRole the Claim's provider names in the request (other parties' identifiers are theirs to check). */
    private static void billingProviderNpi(Resource request, List<FhirIssue> issues) {
        SubmittedResources resources;
        try {
            resources = SubmittedResources.of(request);
        } catch (FhirMappingException e) {
            return;
        }
        Reference provider = resources.claim().resource().getProvider();
        if (provider.hasIdentifier()) {
            npis(List.of(provider.getIdentifier()), resources.claim().path() + ".provider", issues);
        }
        resources.resolve(provider, Organization.class).ifPresent(o -> npis(o.resource().getIdentifier(), o.path(), issues));
        resources.resolve(provider, Practitioner.class).ifPresent(p -> npis(p.resource().getIdentifier(), p.path(), issues));
        resources.resolve(provider, PractitionerRole.class).ifPresent(r -> npis(r.resource().getIdentifier(), r.path(), issues));
    }

    private static void claim(Claim claim, String path, ReferenceData reference, List<FhirIssue> issues) {
        for (int i = 0; i < claim.getDiagnosis().size(); i++) {
            Claim.DiagnosisComponent diagnosis = claim.getDiagnosis().get(i);
            if (!diagnosis.hasDiagnosisCodeableConcept()) {
                continue;
            }
            List<Coding> codings = diagnosis.getDiagnosisCodeableConcept().getCoding();
            for (int k = 0; k < codings.size(); k++) {
                Coding coding = codings.get(k);
                if (!coding.hasSystem() || !FhirSystems.DIAGNOSIS_SYSTEMS.contains(coding.getSystem()) || !coding.hasCode()) {
                    continue;
                }
                String where = path + ".diagnosis[" + i + "].diagnosisCodeableConcept.coding[" + k + "].code";
                if (!CodeFormats.isIcd10Cm(coding.getCode())) {
                    issues.add(FhirIssue.error(IssueType.CODEINVALID, "Diagnosis '" + coding.getCode()
                            + "' is not an ICD-10-CM code: a letter, a digit, a letter or digit, then a dot and up to four more (E11.9, S72.001A)", where));
                } else if (reference != null && reference.diagnosis(coding.getCode()) == null) {
                    issues.add(FhirIssue.warning(IssueType.CODEINVALID, "Diagnosis " + coding.getCode()
                            + " is not on the payer's code list; check that it is a complete, billable code", where));
                }
            }
        }
        for (int i = 0; i < claim.getItem().size(); i++) {
            Claim.ItemComponent item = claim.getItem().get(i);
            String itemPath = path + ".item[" + i + "]";
            List<Coding> codings = item.getProductOrService().getCoding();
            for (int k = 0; k < codings.size(); k++) {
                Coding coding = codings.get(k);
                if (!coding.hasSystem() || !FhirSystems.PROCEDURE_SYSTEMS.contains(coding.getSystem()) || !coding.hasCode()) {
                    continue;
                }
                String where = itemPath + ".productOrService.coding[" + k + "].code";
                if (!CodeFormats.isCptOrHcpcs(coding.getCode())) {
                    issues.add(FhirIssue.error(IssueType.CODEINVALID, "Line " + (i + 1) + ": '" + coding.getCode()
                            + "' is not a CPT code (5 digits, or 4 digits and F or T) or a HCPCS code (a letter and 4 digits)", where));
                } else if (reference != null && reference.procedure(coding.getCode()) == null) {
                    issues.add(FhirIssue.warning(IssueType.CODEINVALID, "Line " + (i + 1) + ": procedure " + coding.getCode()
                            + " is not on the payer's code list and may be returned unpaid", where));
                }
            }
            if (item.hasLocationCodeableConcept()) {
                List<Coding> places = item.getLocationCodeableConcept().getCoding();
                for (int k = 0; k < places.size(); k++) {
                    Coding place = places.get(k);
                    if (!FhirSystems.PLACE_OF_SERVICE.equals(place.getSystem()) || !place.hasCode()) {
                        continue;
                    }
                    String where = itemPath + ".locationCodeableConcept.coding[" + k + "].code";
                    if (!CodeFormats.isPlaceOfService(place.getCode())) {
                        issues.add(FhirIssue.error(IssueType.CODEINVALID, "Line " + (i + 1) + ": place of service '" + place.getCode()
                                + "' must be two digits, e.g. 11 for office", where));
                    } else if (reference != null && reference.placeOfService(place.getCode()) == null) {
                        issues.add(FhirIssue.error(IssueType.CODEINVALID, "Line " + (i + 1) + ": place of service " + place.getCode()
                                + " is not a recognised CMS place-of-service code", where));
                    }
                }
            }
        }
    }

    private static void npis(List<Identifier> identifiers, String path, List<FhirIssue> issues) {
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            if (FhirSystems.NPI.equals(identifier.getSystem()) && identifier.hasValue() && !CodeFormats.isNpi(identifier.getValue())) {
                String where = identifiers.size() == 1 && path.endsWith(".provider") ? path + ".identifier.value"
                        : path + ".identifier[" + i + "].value";
                issues.add(FhirIssue.error(IssueType.CODEINVALID, "NPI " + identifier.getValue()
                        + " is not a valid NPI (10 digits with a check digit)", where));
            }
        }
    }
}
