package net.claimsnet.web.fhir.mapping;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.web.fhir.FhirIssue;
import net.claimsnet.web.fhir.mapping.SubmittedResources.Located;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submitted FHIR Claim (alone with contained resources, or in a Bundle with its Patient, Coverage
 * and provider) to the claim the desk files. What the claim cannot do without (an id, a type this
 * network handles, the Patient and Coverage it names) is refused here with the element's FHIRPath;
 * what the scrub rules check (codes, NPI, dates, a plan, a member id) is passed on as given, or
 * empty, for the rules to report against the element it came from ({@link MappedFhirClaim#sourceOf}).
 * This class maps the Claim's own header and puts the claim together; the parties are mapped by
 * {@link ClaimPartiesMapper}, the diagnoses and items by {@link ClaimItemsMapper}.
 * The table of every element is in docs/fhir.md.
 */
public final class ClaimMapper {

    private ClaimMapper() {
    }

    public static MappedFhirClaim map(Resource request) {
        return new Run(SubmittedResources.of(request)).map();
    }

    /** One mapping: the issues and sources it collects. */
    private static final class Run {

        private final SubmittedResources resources;
        private final Claim claim;
        private final String at;
        private final List<FhirIssue> errors = new ArrayList<>();
        private final List<FhirIssue> warnings = new ArrayList<>();
        private final Map<String, String> sources = new HashMap<>();
        private final ClaimPartiesMapper parties;
        private final ClaimItemsMapper items;

        Run(SubmittedResources resources) {
            this.resources = resources;
            this.claim = resources.claim().resource();
            this.at = resources.claim().path();
            this.parties = new ClaimPartiesMapper(resources, claim, at, sources);
            this.items = new ClaimItemsMapper(claim, at, errors, sources);
        }

        MappedFhirClaim map() {
            sources.put("claim", at);
            String claimId = claimId();
            ClaimType type = type();
            ClaimUse use = use();
            Optional<Located<org.hl7.fhir.r4.model.Patient>> patient = resources.resolve(claim.getPatient(), org.hl7.fhir.r4.model.Patient.class);
            if (patient.isEmpty()) {
                errors.add(FhirIssue.error(IssueType.NOTFOUND, "Claim.patient must refer to a Patient the request holds (contained, or in the Bundle); "
                        + describe(claim.getPatient()) + " is not in it", at + ".patient"));
            }
            int focal = focalInsurance();
            Optional<Located<Coverage>> coverage = focal < 0 ? Optional.empty()
                    : resources.resolve(claim.getInsurance().get(focal).getCoverage(), Coverage.class);
            if (focal >= 0 && coverage.isEmpty()) {
                errors.add(FhirIssue.error(IssueType.NOTFOUND, "Claim.insurance.coverage must refer to a Coverage the request holds; "
                        + describe(claim.getInsurance().get(focal).getCoverage()) + " is not in it", at + ".insurance[" + focal + "].coverage"));
            }
            List<String> diagnoses = new ArrayList<>();
            Map<Integer, Integer> pointerOfSequence = items.diagnoses(diagnoses);
            List<ServiceLine> lines = items.lines(pointerOfSequence);
            if (!errors.isEmpty()) {
                throw new FhirMappingException(errors);
            }
            Patient ledgerPatient = parties.patient(patient.get(), coverage.orElse(null));
            String subscriberId = coverage.map(c -> c.resource().hasSubscriberId() ? c.resource().getSubscriberId() : null).orElse(null);
            String planId = coverage.map(parties::planId).orElse(null);
            if (coverage.isEmpty()) {
                sources.put("planId", at + ".insurance");
            }
            String priorAuthorization = focal >= 0 && claim.getInsurance().get(focal).hasPreAuthRef()
                    ? claim.getInsurance().get(focal).getPreAuthRef().get(0).getValue() : null;
            ClaimDetails details = new ClaimDetails(claimId, type, use, ledgerPatient,
                    subscriberId != null ? subscriberId : ledgerPatient.getMemberId(), parties.billingProviderNpi(),
                    parties.payerId(coverage.map(Located::resource).orElse(null)),
                    diagnoses, priorAuthorization, FrequencyCode.ORIGINAL, null, List.of(), lines);
            return new MappedFhirClaim(details, planId, sources, warnings);
        }

        private String claimId() {
            for (int i = 0; i < claim.getIdentifier().size(); i++) {
                Identifier identifier = claim.getIdentifier().get(i);
                if (identifier.hasValue() && !identifier.getValue().isBlank()) {
                    sources.put("claimId", at + ".identifier[" + i + "].value");
                    return identifier.getValue().trim();
                }
            }
            if (claim.getIdElement().hasIdPart()) {
                sources.put("claimId", at + ".id");
                return claim.getIdElement().getIdPart();
            }
            errors.add(FhirIssue.error(IssueType.REQUIRED, "The Claim needs an identifier (the provider's claim number) or an id", at + ".identifier"));
            return "";
        }

        private ClaimType type() {
            String code = FhirValues.codeIn(claim.getType(), FhirSystems.CLAIM_TYPE);
            if ("professional".equals(code)) {
                return ClaimType.PROFESSIONAL;
            }
            if ("institutional".equals(code)) {
                return ClaimType.INSTITUTIONAL;
            }
            errors.add(FhirIssue.error(code == null ? IssueType.REQUIRED : IssueType.NOTSUPPORTED, code == null
                    ? "Claim.type must be professional or institutional (" + FhirSystems.CLAIM_TYPE + ")"
                    : "Claim.type '" + code + "' is not handled here: this network takes professional and institutional claims",
                    at + ".type"));
            return null;
        }

        private ClaimUse use() {
            if (!claim.hasUse()) {
                return ClaimUse.CLAIM;
            }
            switch (claim.getUse()) {
                case PREAUTHORIZATION:
                    return ClaimUse.PREAUTHORIZATION;
                case PREDETERMINATION:
                    return ClaimUse.PREDETERMINATION;
                default:
                    return ClaimUse.CLAIM;
            }
        }

        private int focalInsurance() {
            List<Claim.InsuranceComponent> insurance = claim.getInsurance();
            if (insurance.isEmpty()) {
                errors.add(FhirIssue.error(IssueType.REQUIRED, "Claim.insurance must name the Coverage the claim is filed under", at + ".insurance"));
                return -1;
            }
            for (int i = 0; i < insurance.size(); i++) {
                if (insurance.get(i).getFocal()) {
                    return i;
                }
            }
            return 0;
        }

        private static String describe(Reference reference) {
            if (reference == null || reference.isEmpty()) {
                return "no reference";
            }
            return reference.hasReference() ? "'" + reference.getReference() + "'" : "a reference without a target";
        }
    }
}
