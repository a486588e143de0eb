package net.claimsnet.web.fhir.mapping;

import net.claimsnet.states.Patient;
import net.claimsnet.states.Sex;
import net.claimsnet.web.fhir.mapping.SubmittedResources.Located;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a submitted FHIR Claim is about and between, for {@link ClaimMapper}: the Patient (with the
 * member id on the card), the plan and payer from the Coverage, and the billing provider's NPI, each
 * with the FHIRPath it came from. Nothing here refuses the claim: what is missing stays empty for the
 * scrub rules to report.
 */
final class ClaimPartiesMapper {

    private final SubmittedResources resources;
    private final Claim claim;
    private final String at;
    private final Map<String, String> sources;

    ClaimPartiesMapper(SubmittedResources resources, Claim claim, String at, Map<String, String> sources) {
        this.resources = resources;
        this.claim = claim;
        this.at = at;
        this.sources = sources;
    }

    Patient patient(Located<org.hl7.fhir.r4.model.Patient> located, Located<Coverage> coverage) {
        org.hl7.fhir.r4.model.Patient patient = located.resource();
        String memberId = memberId(located, coverage);
        HumanName name = patient.getName().isEmpty() ? null : patient.getNameFirstRep();
        String first = name == null || name.getGiven().isEmpty() ? null : name.getGiven().get(0).getValue();
        String last = name == null ? null : name.getFamily();
        sources.put("patientBirthDate", located.path() + ".birthDate");
        sources.put("patientSex", located.path() + ".gender");
        sources.put("patient", located.path());
        LocalDate birthDate = patient.hasBirthDateElement() ? FhirValues.localDate(patient.getBirthDateElement()) : null;
        return new Patient(memberId == null ? "" : memberId, first, last, birthDate, sex(patient.getGender()));
    }

    /** The member id on the card: the Coverage's identifier, else its subscriber id (the patient is the subscriber), else the Patient's member identifier. */
    private String memberId(Located<org.hl7.fhir.r4.model.Patient> patient, Located<Coverage> coverage) {
        if (coverage != null) {
            Coverage c = coverage.resource();
            for (int i = 0; i < c.getIdentifier().size(); i++) {
                if (c.getIdentifier().get(i).hasValue()) {
                    sources.put("memberId", coverage.path() + ".identifier[" + i + "].value");
                    return c.getIdentifier().get(i).getValue().trim();
                }
            }
            if (c.hasSubscriberId()) {
                sources.put("memberId", coverage.path() + ".subscriberId");
                return c.getSubscriberId().trim();
            }
        }
        List<Identifier> identifiers = patient.resource().getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            boolean member = identifier.hasType() && identifier.getType().getCoding().stream().anyMatch(t -> "MB".equals(t.getCode()));
            if (identifier.hasValue() && (member || identifiers.size() == 1)) {
                sources.put("memberId", patient.path() + ".identifier[" + i + "].value");
                return identifier.getValue().trim();
            }
        }
        sources.put("memberId", coverage != null ? coverage.path() + ".identifier" : patient.path() + ".identifier");
        return null;
    }

    String planId(Located<Coverage> located) {
        List<Coverage.ClassComponent> classes = located.resource().getClass_();
        for (int i = 0; i < classes.size(); i++) {
            Coverage.ClassComponent coverageClass = classes.get(i);
            if ("plan".equals(FhirValues.codeIn(coverageClass.getType(), FhirSystems.COVERAGE_CLASS)) && coverageClass.hasValue()) {
                sources.put("planId", located.path() + ".class[" + i + "].value");
                return coverageClass.getValue().trim();
            }
        }
        sources.put("planId", located.path() + ".class");
        return null;
    }

    String payerId(Coverage coverage) {
        List<Reference> payors = coverage == null ? List.of() : coverage.getPayor();
        for (Reference payor : payors) {
            if (payor.hasIdentifier() && payor.getIdentifier().hasValue()) {
                return payor.getIdentifier().getValue();
            }
            Optional<Located<Organization>> organization = resources.resolve(payor, Organization.class);
            if (organization.isPresent() && organization.get().resource().hasIdentifier()) {
                return organization.get().resource().getIdentifierFirstRep().getValue();
            }
        }
        if (claim.getInsurer().hasIdentifier()) {
            return claim.getInsurer().getIdentifier().getValue();
        }
        return null;
    }

    /** The NPI of Claim.provider: its identifier, or the NPI identifier of the Organization, Practitioner or PractitionerRole it names. */
    String billingProviderNpi() {
        Reference provider = claim.getProvider();
        sources.put("billingProviderNpi", at + ".provider");
        if (provider.hasIdentifier() && provider.getIdentifier().hasValue()
                && (!provider.getIdentifier().hasSystem() || FhirSystems.NPI.equals(provider.getIdentifier().getSystem()))) {
            sources.put("billingProviderNpi", at + ".provider.identifier.value");
            return provider.getIdentifier().getValue().trim();
        }
        for (Class<? extends Resource> type : List.of(Organization.class, Practitioner.class, PractitionerRole.class)) {
            Optional<? extends Located<? extends Resource>> found = resources.resolve(provider, type);
            if (found.isPresent()) {
                List<Identifier> identifiers = identifiersOf(found.get().resource());
                for (int i = 0; i < identifiers.size(); i++) {
                    if (FhirSystems.NPI.equals(identifiers.get(i).getSystem()) && identifiers.get(i).hasValue()) {
                        sources.put("billingProviderNpi", found.get().path() + ".identifier[" + i + "].value");
                        return identifiers.get(i).getValue().trim();
                    }
                }
                sources.put("billingProviderNpi", found.get().path() + ".identifier");
            }
        }
        return null;
    }

    private static List<Identifier> identifiersOf(Resource resource) {
        if (resource instanceof Organization) {
            return ((Organization) resource).getIdentifier();
        }
        if (resource instanceof Practitioner) {
            return ((Practitioner) resource).getIdentifier();
        }
        return ((PractitionerRole) resource).getIdentifier();
    }

    private static Sex sex(AdministrativeGender gender) {
        if (gender == null) {
            return null;
        }
        switch (gender) {
            case MALE:
                return Sex.M;
            case FEMALE:
                return Sex.F;
            case NULL:
                return null;
            default:
                return Sex.U;
        }
    }
}
