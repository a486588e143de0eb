package net.claimsnet.web.fhir.mapping;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.claimsnet.web.fhir.FhirIssue;
import net.claimsnet.web.fhir.mapping.SubmittedResources.Located;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
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

        Run(SubmittedResources resources) {
            this.resources = resources;
            this.claim = resources.claim().resource();
            this.at = resources.claim().path();
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
            Map<Integer, Integer> pointerOfSequence = diagnoses(diagnoses);
            List<ServiceLine> lines = lines(pointerOfSequence);
            if (!errors.isEmpty()) {
                throw new FhirMappingException(errors);
            }
            Patient ledgerPatient = patient(patient.get(), coverage.orElse(null));
            String subscriberId = coverage.map(c -> c.resource().hasSubscriberId() ? c.resource().getSubscriberId() : null).orElse(null);
            String planId = coverage.map(this::planId).orElse(null);
            if (coverage.isEmpty()) {
                sources.put("planId", at + ".insurance");
            }
            String priorAuthorization = focal >= 0 && claim.getInsurance().get(focal).hasPreAuthRef()
                    ? claim.getInsurance().get(focal).getPreAuthRef().get(0).getValue() : null;
            ClaimDetails details = new ClaimDetails(claimId, type, use, ledgerPatient,
                    subscriberId != null ? subscriberId : ledgerPatient.getMemberId(), billingProviderNpi(), payerId(coverage.map(Located::resource).orElse(null)),
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
            String code = codeIn(claim.getType(), FhirSystems.CLAIM_TYPE);
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

        private Patient patient(Located<org.hl7.fhir.r4.model.Patient> located, Located<Coverage> coverage) {
            org.hl7.fhir.r4.model.Patient patient = located.resource();
            String memberId = memberId(located, coverage);
            HumanName name = patient.getName().isEmpty() ? null : patient.getNameFirstRep();
            String first = name == null || name.getGiven().isEmpty() ? null : name.getGiven().get(0).getValue();
            String last = name == null ? null : name.getFamily();
            sources.put("patientBirthDate", located.path() + ".birthDate");
            sources.put("patientSex", located.path() + ".gender");
            sources.put("patient", located.path());
            LocalDate birthDate = patient.hasBirthDateElement() ? localDate(patient.getBirthDateElement()) : null;
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

        private String planId(Located<Coverage> located) {
            List<Coverage.ClassComponent> classes = located.resource().getClass_();
            for (int i = 0; i < classes.size(); i++) {
                Coverage.ClassComponent coverageClass = classes.get(i);
                if ("plan".equals(codeIn(coverageClass.getType(), FhirSystems.COVERAGE_CLASS)) && coverageClass.hasValue()) {
                    sources.put("planId", located.path() + ".class[" + i + "].value");
                    return coverageClass.getValue().trim();
                }
            }
            sources.put("planId", located.path() + ".class");
            return null;
        }

        private String payerId(Coverage coverage) {
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
        private String billingProviderNpi() {
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

        /** The ICD-10 codes in Claim.diagnosis order (by sequence); returns each diagnosis sequence's 1-based position. */
        private Map<Integer, Integer> diagnoses(List<String> codes) {
            sources.put("diagnosisCodes", at + ".diagnosis");
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < claim.getDiagnosis().size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingInt(i -> claim.getDiagnosis().get(i).getSequence()));
            Map<Integer, Integer> positions = new HashMap<>();
            for (int i : order) {
                Claim.DiagnosisComponent diagnosis = claim.getDiagnosis().get(i);
                String path = at + ".diagnosis[" + i + "]";
                if (!diagnosis.hasDiagnosisCodeableConcept()) {
                    errors.add(FhirIssue.error(IssueType.NOTSUPPORTED, "Diagnosis " + diagnosis.getSequence()
                            + " must be a code (diagnosisCodeableConcept, ICD-10-CM); a reference to a Condition is not read", path));
                    continue;
                }
                List<Coding> codings = diagnosis.getDiagnosisCodeableConcept().getCoding();
                int chosen = choose(codings, FhirSystems.DIAGNOSIS_SYSTEMS);
                codes.add(chosen < 0 ? "" : codings.get(chosen).getCode().trim());
                sources.put("diagnosisCodes[" + (codes.size() - 1) + "]", chosen < 0 ? path + ".diagnosisCodeableConcept"
                        : path + ".diagnosisCodeableConcept.coding[" + chosen + "].code");
                positions.put(diagnosis.getSequence(), codes.size());
            }
            return positions;
        }

        private List<ServiceLine> lines(Map<Integer, Integer> pointerOfSequence) {
            sources.put("serviceLines", at + ".item");
            List<ServiceLine> lines = new ArrayList<>();
            for (int i = 0; i < claim.getItem().size(); i++) {
                Claim.ItemComponent item = claim.getItem().get(i);
                String path = at + ".item[" + i + "]";
                String field = "serviceLines[" + i + "].";
                sources.put("serviceLines[" + i + "]", path);
                List<Coding> codings = item.getProductOrService().getCoding();
                int chosen = choose(codings, FhirSystems.PROCEDURE_SYSTEMS);
                sources.put(field + "procedureCode", chosen < 0 ? path + ".productOrService" : path + ".productOrService.coding[" + chosen + "].code");
                List<String> modifiers = new ArrayList<>();
                for (CodeableConcept modifier : item.getModifier()) {
                    if (modifier.hasCoding() && modifier.getCodingFirstRep().hasCode()) {
                        modifiers.add(modifier.getCodingFirstRep().getCode().trim());
                    }
                }
                sources.put(field + "modifiers", path + ".modifier");
                int units = units(item, path);
                sources.put(field + "units", path + ".quantity");
                BigDecimal charge = charge(item);
                sources.put(field + "charge", path + ".net");
                LocalDate date = dateOfService(item);
                sources.put(field + "dateOfService", item.hasServiced() ? path + ".serviced" : path + ".servicedDate");
                String place = item.hasLocationCodeableConcept() && item.getLocationCodeableConcept().hasCoding()
                        ? item.getLocationCodeableConcept().getCodingFirstRep().getCode() : null;
                sources.put(field + "placeOfService", item.hasLocationCodeableConcept() ? path + ".locationCodeableConcept.coding[0].code" : path + ".location");
                List<Integer> pointers = new ArrayList<>();
                for (int k = 0; k < item.getDiagnosisSequence().size(); k++) {
                    Integer sequence = item.getDiagnosisSequence().get(k).getValue();
                    Integer position = sequence == null ? null : pointerOfSequence.get(sequence);
                    if (position == null) {
                        errors.add(FhirIssue.error(IssueType.VALUE, "Line " + (i + 1) + " points at diagnosis " + sequence
                                + ", which Claim.diagnosis does not have", path + ".diagnosisSequence[" + k + "]"));
                    } else {
                        pointers.add(position);
                    }
                }
                sources.put(field + "diagnosisPointers", path + ".diagnosisSequence");
                lines.add(new ServiceLine(i + 1, chosen < 0 ? null : codings.get(chosen).getCode().trim(), modifiers, units,
                        charge, date, place, pointers));
            }
            return lines;
        }

        private int units(Claim.ItemComponent item, String path) {
            if (!item.hasQuantity() || !item.getQuantity().hasValue()) {
                return 1;
            }
            BigDecimal value = item.getQuantity().getValue();
            if (value.stripTrailingZeros().scale() > 0) {
                errors.add(FhirIssue.error(IssueType.VALUE, "Units must be a whole number; the quantity is " + value.toPlainString(),
                        path + ".quantity.value"));
                return 0;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(FhirIssue.error(IssueType.VALUE, "The quantity " + value.toPlainString() + " is too large", path + ".quantity.value"));
                return 0;
            }
        }

        /** Claim.item.net, else unitPrice x quantity (x factor); null when the item has no amount (the rules say so). */
        private static BigDecimal charge(Claim.ItemComponent item) {
            if (item.hasNet() && item.getNet().hasValue()) {
                return item.getNet().getValue().setScale(2, RoundingMode.HALF_UP);
            }
            if (item.hasUnitPrice() && item.getUnitPrice().hasValue()) {
                BigDecimal quantity = item.hasQuantity() && item.getQuantity().hasValue() ? item.getQuantity().getValue() : BigDecimal.ONE;
                BigDecimal factor = item.hasFactor() ? item.getFactor() : BigDecimal.ONE;
                return item.getUnitPrice().getValue().multiply(quantity).multiply(factor).setScale(2, RoundingMode.HALF_UP);
            }
            return null;
        }

        private LocalDate dateOfService(Claim.ItemComponent item) {
            if (item.hasServicedDateType()) {
                return localDate(item.getServicedDateType());
            }
            if (item.hasServicedPeriod() && item.getServicedPeriod().hasStart()) {
                return toLocalDate(item.getServicedPeriod().getStart());
            }
            if (claim.hasBillablePeriod() && claim.getBillablePeriod().hasStart()) {
                return toLocalDate(claim.getBillablePeriod().getStart());
            }
            return null;
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

        /** The coding of one of the systems, else the only coding there is; -1 when none fits. */
        private static int choose(List<Coding> codings, java.util.Set<String> systems) {
            for (int i = 0; i < codings.size(); i++) {
                if (codings.get(i).hasSystem() && systems.contains(codings.get(i).getSystem()) && codings.get(i).hasCode()) {
                    return i;
                }
            }
            return codings.size() == 1 && codings.get(0).hasCode() ? 0 : -1;
        }

        private static String codeIn(CodeableConcept concept, String system) {
            if (concept == null) {
                return null;
            }
            for (Coding coding : concept.getCoding()) {
                if ((system.equals(coding.getSystem()) || !coding.hasSystem()) && coding.hasCode()) {
                    return coding.getCode();
                }
            }
            return null;
        }

        private static String describe(Reference reference) {
            if (reference == null || reference.isEmpty()) {
                return "no reference";
            }
            return reference.hasReference() ? "'" + reference.getReference() + "'" : "a reference without a target";
        }

        private static LocalDate localDate(DateType date) {
            return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
        }

        private static LocalDate toLocalDate(Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
    }
}
