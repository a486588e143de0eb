package net.claimsnet.rules.drools;

import net.claimsnet.rules.ClaimHistory;
import net.claimsnet.rules.DuplicateServices;
import net.claimsnet.rules.fact.ClaimFact;
import net.claimsnet.rules.fact.DiagnosisFact;
import net.claimsnet.rules.fact.LineReference;
import net.claimsnet.rules.model.AdjudicationRequest;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.Coverage;
import net.claimsnet.rules.model.Money;
import net.claimsnet.rules.model.ScrubRequest;
import net.claimsnet.rules.model.ServiceLineInput;
import net.claimsnet.rules.reference.DiagnosisCode;
import net.claimsnet.rules.reference.Modifier;
import net.claimsnet.rules.reference.Plan;
import net.claimsnet.rules.reference.PlanBenefit;
import net.claimsnet.rules.reference.ProcedureCode;
import net.claimsnet.rules.reference.ProcedurePairEdit;
import net.claimsnet.rules.reference.ReferenceData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a request into facts: looks up, once per claim, the reference data and history that apply to
 * each line, so that rules compare values instead of searching tables. It decides nothing.
 */
final class ClaimFactAssembler {

    private final ReferenceData reference;

    ClaimFactAssembler(ReferenceData reference) {
        this.reference = reference;
    }

    ClaimFacts forScrub(ScrubRequest request) {
        ClaimInput claim = request.claim();
        ClaimFact claimFact = new ClaimFact(claim, request.submissionDate(), reference.plan(claim.planId()), null,
                null, null, ageAtFirstService(claim));
        for (int i = 0; i < claim.serviceLines().size(); i++) {
            ServiceLineInput line = orEmpty(claim.serviceLines().get(i));
            claimFact.addLine(line, describe(claim, line, null, 0, null));
        }
        List<DiagnosisFact> diagnoses = new ArrayList<>(claim.diagnosisCodes().size());
        for (int i = 0; i < claim.diagnosisCodes().size(); i++) {
            String code = claim.diagnosisCodes().get(i);
            diagnoses.add(new DiagnosisFact(claimFact, i, code, reference.diagnosis(code)));
        }
        return new ClaimFacts(claimFact, diagnoses, pairEdits(claim));
    }

    ClaimFacts forAdjudication(AdjudicationRequest request, ClaimHistory history) {
        ClaimInput claim = request.claim();
        Coverage coverage = request.coverage();
        // The insurer's coverage record says which plan applies, whatever the claim form says.
        Plan plan = reference.plan(coverage != null ? coverage.planId() : claim.planId());
        ClaimFact claimFact = new ClaimFact(claim, request.receivedDate(), plan, coverage,
                reference.watchlisted(claim.billingProviderNpi()), request.accumulators(), ageAtFirstService(claim));
        Map<String, Integer> visitOrdinals = visitOrdinals(claim, plan, request);
        Set<String> excluded = DuplicateServices.notCounted(claim.claimId(), claim.originalClaimId());
        for (int i = 0; i < claim.serviceLines().size(); i++) {
            ServiceLineInput line = orEmpty(claim.serviceLines().get(i));
            String duplicateOf = DuplicateServices.earlierClaim(history, claim.memberId(), claim.billingProviderNpi(),
                    line.procedureCode(), line.dateOfService(), excluded).orElse(null);
            ProcedureCode procedure = reference.procedure(line.procedureCode());
            int visit = procedure == null ? 0 : visitOrdinals.getOrDefault(visitKey(procedure.category(),
                    line.dateOfService()), 0);
            claimFact.addLine(line, describe(claim, line, plan, visit, duplicateOf));
        }
        return new ClaimFacts(claimFact, List.of(), pairEdits(claim));
    }

    /** What the reference data says about one line; plan is null when scrubbing (no pricing or benefits). */
    private LineReference describe(ClaimInput claim, ServiceLineInput line, Plan plan, int visitOrdinal,
                                   String duplicateOfClaimId) {
        ProcedureCode procedure = reference.procedure(line.procedureCode());
        List<String> pointed = new ArrayList<>(line.diagnosisPointers().size());
        Integer invalidPointer = null;
        boolean repeatedPointer = false;
        boolean allMinor = !line.diagnosisPointers().isEmpty();
        Set<Integer> seen = new HashSet<>();
        for (Integer pointer : line.diagnosisPointers()) {
            if (pointer == null || pointer < 1 || pointer > claim.diagnosisCodes().size()
                    || claim.diagnosisCodes().get(pointer - 1) == null) {
                // An empty pointer counts as pointer 0: it names no diagnosis either.
                invalidPointer = invalidPointer == null ? (pointer == null ? Integer.valueOf(0) : pointer) : invalidPointer;
                allMinor = false;
                continue;
            }
            repeatedPointer |= !seen.add(pointer);
            String code = claim.diagnosisCodes().get(pointer - 1);
            pointed.add(code);
            DiagnosisCode entry = reference.diagnosis(code);
            allMinor &= entry != null && entry.minor();
        }

        String unknownModifier = null;
        boolean distinct = false;
        boolean repeat = false;
        BigDecimal paymentPercent = Money.HUNDRED;
        for (String code : line.modifiers()) {
            Modifier modifier = reference.modifier(code);
            if (modifier == null) {
                unknownModifier = unknownModifier == null ? String.valueOf(code) : unknownModifier;
                continue;
            }
            distinct |= modifier.distinctService();
            repeat |= modifier.repeatService();
            paymentPercent = paymentPercent.multiply(modifier.paymentPercent()).movePointLeft(2);
        }

        PlanBenefit benefit = null;
        BigDecimal fee = null;
        if (plan != null && procedure != null) {
            benefit = reference.benefit(plan.planId(), procedure.category());
            fee = reference.fee(plan.feeScheduleId(), procedure.code(), line.modifiers());
        }
        return new LineReference(procedure, reference.placeOfService(line.placeOfService()),
                reference.unitCap(line.procedureCode()), fee,
                plan == null ? null : reference.priorAuthorization(plan.planId(), line.procedureCode()),
                plan == null ? null : reference.necessityPolicy(line.procedureCode()), benefit, pointed,
                invalidPointer, repeatedPointer, allMinor, unknownModifier, distinct, repeat, paymentPercent,
                duplicateOfClaimId, visitOrdinal, age(claim.patientBirthDate(), line.dateOfService()));
    }

    /**
     * Numbers the visits in categories with a visit limit: one category on one date is one visit, counted
     * after the visits the member already used this plan year.
     */
    private Map<String, Integer> visitOrdinals(ClaimInput claim, Plan plan, AdjudicationRequest request) {
        if (plan == null) {
            return Map.of();
        }
        Map<String, TreeSet<LocalDate>> datesByCategory = new HashMap<>();
        for (ServiceLineInput line : claim.serviceLines()) {
            ProcedureCode procedure = line == null ? null : reference.procedure(line.procedureCode());
            if (procedure == null || line.dateOfService() == null) {
                continue;
            }
            PlanBenefit benefit = reference.benefit(plan.planId(), procedure.category());
            if (benefit != null && benefit.hasVisitLimit()) {
                datesByCategory.computeIfAbsent(procedure.category(), c -> new TreeSet<>()).add(line.dateOfService());
            }
        }
        Map<String, Integer> ordinals = new HashMap<>();
        datesByCategory.forEach((category, dates) -> {
            int ordinal = request.accumulators().visitsUsed(category);
            for (LocalDate date : dates) {
                ordinals.put(visitKey(category, date), ++ordinal);
            }
        });
        return ordinals;
    }

    /** The pair edits between codes the claim bills (on any dates: the rules compare the dates). */
    private List<ProcedurePairEdit> pairEdits(ClaimInput claim) {
        List<ProcedurePairEdit> edits = new ArrayList<>(0);
        List<ServiceLineInput> lines = claim.serviceLines();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = 0; j < lines.size(); j++) {
                if (i == j || lines.get(i) == null || lines.get(j) == null) {
                    continue;
                }
                String column1 = lines.get(i).procedureCode();
                String column2 = lines.get(j).procedureCode();
                ProcedurePairEdit edit = column1 == null || column2 == null ? null
                        : reference.pairEdit(column1, column2);
                if (edit != null && !edits.contains(edit)) {
                    edits.add(edit);
                }
            }
        }
        return edits;
    }

    private static int ageAtFirstService(ClaimInput claim) {
        LocalDate first = null;
        for (ServiceLineInput line : claim.serviceLines()) {
            if (line != null && line.dateOfService() != null && (first == null || line.dateOfService().isBefore(first))) {
                first = line.dateOfService();
            }
        }
        return age(claim.patientBirthDate(), first);
    }

    private static int age(LocalDate birthDate, LocalDate on) {
        if (birthDate == null || on == null || on.isBefore(birthDate)) {
            return -1;
        }
        return Period.between(birthDate, on).getYears();
    }

    private static String visitKey(String category, LocalDate date) {
        return category + '|' + date;
    }

    // A null line in the list is reported by the rules as a line with nothing filled in.
    private static ServiceLineInput orEmpty(ServiceLineInput line) {
        return line != null ? line : ServiceLineInput.builder().units(0).build();
    }
}
