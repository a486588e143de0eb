package net.claimsnet.web.fhir.mapping;

import net.claimsnet.flows.claim.EligibilityAnswer;
import net.claimsnet.node.desk.EnrolledCoverage;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.web.fhir.FhirIssue;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.UnsignedIntType;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CoverageEligibilityRequest in, CoverageEligibilityResponse out, at the insurer (or at a provider,
 * from the insurer's answer over the network): which member is
 * asked about (the request's Coverage identifier or subscriber id, else the Patient's identifier),
 * and, from the member's coverage on the ledger, whether it is in force on the day asked and the
 * plan's benefits with what the member has used of them this plan year (allowed - used = remaining).
 */
public final class EligibilityAssembler {

    private EligibilityAssembler() {
    }

    /** The member the request asks about, or the issue that says why it names none. */
    public static String memberIdOf(CoverageEligibilityRequest request) {
        for (int i = 0; i < request.getInsurance().size(); i++) {
            Reference reference = request.getInsurance().get(i).getCoverage();
            if (reference.hasIdentifier() && reference.getIdentifier().hasValue()) {
                return reference.getIdentifier().getValue().trim();
            }
            Optional<Coverage> coverage = contained(request, reference, Coverage.class);
            if (coverage.isPresent()) {
                if (coverage.get().hasIdentifier() && coverage.get().getIdentifierFirstRep().hasValue()) {
                    return coverage.get().getIdentifierFirstRep().getValue().trim();
                }
                if (coverage.get().hasSubscriberId()) {
                    return coverage.get().getSubscriberId().trim();
                }
            }
        }
        Reference patient = request.getPatient();
        if (patient.hasIdentifier() && patient.getIdentifier().hasValue()) {
            return patient.getIdentifier().getValue().trim();
        }
        Optional<Patient> contained = contained(request, patient, Patient.class);
        if (contained.isPresent() && contained.get().hasIdentifier() && contained.get().getIdentifierFirstRep().hasValue()) {
            return contained.get().getIdentifierFirstRep().getValue().trim();
        }
        throw new FhirMappingException(List.of(FhirIssue.error(IssueType.REQUIRED,
                "Name the member: a contained Coverage with its identifier (or subscriberId) in insurance.coverage, "
                        + "or the member id as patient.identifier", "CoverageEligibilityRequest.insurance")));
    }

    /** The day asked about: serviced[x], else today. */
    public static LocalDate dayOf(CoverageEligibilityRequest request, LocalDate today) {
        if (request.hasServicedDateType()) {
            return request.getServicedDateType().getValue().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (request.hasServicedPeriod() && request.getServicedPeriod().hasStart()) {
            return request.getServicedPeriod().getStart().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return today;
    }

    public static CoverageEligibilityResponse answer(CoverageEligibilityRequest request, String memberId, LocalDate day,
                                                     List<EnrolledCoverage> coverages, String insurerName) {
        CoverageEligibilityResponse response = response(request, memberId, day, insurerName);
        Optional<EnrolledCoverage> inForce = coverages.stream()
                .filter(c -> c.coverage().getStatus() == CoverageStatus.ACTIVE && c.coverage().coversDate(day)).findFirst();
        EnrolledCoverage shown = inForce.orElse(coverages.isEmpty() ? null : coverages.get(0));
        if (shown == null) {
            return noCoverage(response, memberId);
        }
        CoverageState coverage = shown.coverage();
        CoverageEligibilityResponse.InsuranceComponent insurance = insurance(response, coverage.getMemberId(),
                coverage.getPlanName(), coverage.getPlanId(), inForce.isPresent(), coverage.getPeriodStart(), coverage.getPeriodEnd());
        if (inForce.isPresent()) {
            insurance.addItem(benefits(coverage.getBenefits(), shown.accumulator()));
        }
        return response;
    }

    /**
     * The answer at a provider's node, from the insurer's answer over the network (EligibilityFlow):
     * the same response as the insurer's own, its amounts used worked out as limit - remaining.
     */
    public static CoverageEligibilityResponse answer(CoverageEligibilityRequest request, EligibilityAnswer answer,
                                                     String insurerName) {
        CoverageEligibilityResponse response = response(request, answer.getMemberId(), answer.getDateOfService(), insurerName);
        if (!answer.isCovered()) {
            return noCoverage(response, answer.getMemberId());
        }
        CoverageEligibilityResponse.ItemsComponent item = medicalCare();
        item.addBenefit(money("deductible", answer.getDeductible(), used(answer.getDeductible(), answer.getDeductibleRemaining())));
        item.addBenefit(money("benefit", answer.getOutOfPocketMaximum(),
                        used(answer.getOutOfPocketMaximum(), answer.getOutOfPocketRemaining()))
                .setType(new CodeableConcept(new Coding(FhirSystems.BENEFIT_TYPE, "benefit", "Out-of-pocket maximum"))));
        if (answer.getCopay() != null) {
            item.addBenefit(money("copay", answer.getCopay(), null));
        }
        item.addBenefit().setType(new CodeableConcept(new Coding(FhirSystems.BENEFIT_TYPE, "copay-percent", "Coinsurance percent")))
                .setAllowed(new UnsignedIntType(answer.getCoinsurancePercent()));
        insurance(response, answer.getMemberId(), answer.getPlanName(), answer.getPlanId(), true,
                answer.getPeriodStart(), answer.getPeriodEnd()).addItem(item);
        return response;
    }

    private static BigDecimal used(BigDecimal limit, BigDecimal remaining) {
        return limit == null || remaining == null ? null : limit.subtract(remaining);
    }

    private static CoverageEligibilityResponse noCoverage(CoverageEligibilityResponse response, String memberId) {
        response.addError().setCode(new CodeableConcept(new Coding(FhirSystems.ELIGIBILITY_ERROR, "no-coverage",
                "The insurer has no coverage in force for member " + memberId + " on the day asked")));
        return response;
    }

    private static CoverageEligibilityResponse.InsuranceComponent insurance(CoverageEligibilityResponse response, String memberId,
                                                                           String planName, String planId, boolean inForce,
                                                                           LocalDate start, LocalDate end) {
        return response.addInsurance()
                .setCoverage(new Reference().setIdentifier(new Identifier().setValue(memberId))
                        .setDisplay(planName + " (" + planId + ")"))
                .setInforce(inForce)
                .setBenefitPeriod(new Period().setStart(Date.valueOf(start)).setEnd(Date.valueOf(end)));
    }

    /** The response's frame: purpose, patient, day, request, insurer, outcome. */
    private static CoverageEligibilityResponse response(CoverageEligibilityRequest request, String memberId, LocalDate day,
                                                        String insurerName) {
        CoverageEligibilityResponse response = new CoverageEligibilityResponse();
        response.setStatus(CoverageEligibilityResponse.EligibilityResponseStatus.ACTIVE);
        response.setPurpose(request.getPurpose().isEmpty()
                ? List.of(new org.hl7.fhir.r4.model.Enumeration<>(new CoverageEligibilityResponse.EligibilityResponsePurposeEnumFactory(),
                CoverageEligibilityResponse.EligibilityResponsePurpose.VALIDATION))
                : request.getPurpose().stream().map(p -> new org.hl7.fhir.r4.model.Enumeration<>(
                new CoverageEligibilityResponse.EligibilityResponsePurposeEnumFactory(),
                CoverageEligibilityResponse.EligibilityResponsePurpose.fromCode(p.getValue().toCode()))).toList());
        response.setPatient(new Reference().setIdentifier(new Identifier().setSystem(FhirSystems.MEMBER_ID).setValue(memberId)));
        response.setServiced(new org.hl7.fhir.r4.model.DateType(Date.valueOf(day)));
        response.setCreated(new java.util.Date());
        response.setRequest(request.hasId() ? new Reference("CoverageEligibilityRequest/" + request.getIdElement().getIdPart())
                : new Reference().setDisplay("the request"));
        response.setInsurer(new Reference().setDisplay(insurerName));
        response.setOutcome(org.hl7.fhir.r4.model.Enumerations.RemittanceOutcome.COMPLETE);
        return response;
    }

    /** The plan's benefits for medical care in general (category 1): deductible, out of pocket, copay, coinsurance, visits per category. */
    private static CoverageEligibilityResponse.ItemsComponent benefits(BenefitSummary plan, BenefitAccumulatorState used) {
        CoverageEligibilityResponse.ItemsComponent item = medicalCare();
        if (plan == null) {
            return item;
        }
        item.addBenefit(money("deductible", plan.getDeductible(), used == null ? null : used.getDeductibleMet()));
        item.addBenefit(money("benefit", plan.getOutOfPocketMaximum(), used == null ? null : used.getOutOfPocketMet())
                .setType(new CodeableConcept(new Coding(FhirSystems.BENEFIT_TYPE, "benefit", "Out-of-pocket maximum"))));
        if (plan.getCopay() != null) {
            item.addBenefit(money("copay", plan.getCopay(), null));
        }
        item.addBenefit().setType(new CodeableConcept(new Coding(FhirSystems.BENEFIT_TYPE, "copay-percent", "Coinsurance percent")))
                .setAllowed(new UnsignedIntType(plan.getCoinsurancePercent()));
        for (Map.Entry<String, Integer> limit : plan.getVisitLimits().entrySet()) {
            Integer visits = used == null ? null : used.getVisitsUsed().getOrDefault(limit.getKey(), 0);
            CoverageEligibilityResponse.BenefitComponent benefit = item.addBenefit()
                    .setType(new CodeableConcept(new Coding(FhirSystems.BENEFIT_TYPE, "visit", "Visits: " + limit.getKey())))
                    .setAllowed(new UnsignedIntType(limit.getValue()));
            if (visits != null) {
                benefit.setUsed(new UnsignedIntType(visits));
            }
        }
        return item;
    }

    private static CoverageEligibilityResponse.ItemsComponent medicalCare() {
        return new CoverageEligibilityResponse.ItemsComponent()
                .setCategory(new CodeableConcept(new Coding(FhirSystems.BENEFIT_CATEGORY, "1", "Medical Care")))
                .setNetwork(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/benefit-network", "in", "In Network")))
                .setUnit(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/benefit-unit", "individual", "Individual")))
                .setTerm(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/benefit-term", "annual", "Annual")));
    }

    private static CoverageEligibilityResponse.BenefitComponent money(String type, BigDecimal allowed, BigDecimal used) {
        CoverageEligibilityResponse.BenefitComponent benefit = new CoverageEligibilityResponse.BenefitComponent()
                .setType(new CodeableConcept(new Coding(FhirSystems.BENEFIT_TYPE, type, null)));
        if (allowed != null) {
            benefit.setAllowed(AdjudicationAssembler.money(allowed));
        }
        if (used != null) {
            benefit.setUsed(AdjudicationAssembler.money(used));
        }
        return benefit;
    }

    private static <T extends Resource> Optional<T> contained(CoverageEligibilityRequest request, Reference reference, Class<T> type) {
        if (!reference.hasReference() || !reference.getReference().startsWith("#")) {
            return Optional.empty();
        }
        String id = reference.getReference().substring(1);
        return request.getContained().stream()
                .filter(r -> type.isInstance(r) && id.equals(r.getIdElement().getIdPart().replaceFirst("^#", "")))
                .map(type::cast).findFirst();
    }
}
