package net.claimsnet.rules.reference;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * All reference data of one rule-set version, indexed for constant-time lookups. Immutable; lookups
 * return null for "not listed" because the rule facts carry that absence as null.
 */
public final class ReferenceData {

    private final Map<String, Plan> plans;
    private final Map<String, Map<String, PlanBenefit>> benefits;
    private final Map<String, Map<String, BigDecimal>> fees;
    private final Map<String, ProcedureCode> procedures;
    private final Map<String, DiagnosisCode> diagnoses;
    private final Map<String, Modifier> modifiers;
    private final Map<String, PlaceOfService> placesOfService;
    private final Map<String, Map<String, ProcedurePairEdit>> pairEdits;
    private final Map<String, UnitCap> unitCaps;
    private final Map<String, Map<String, PriorAuthorizationRequirement>> priorAuthorizations;
    private final Map<String, MedicalNecessityPolicy> necessityPolicies;
    private final Map<String, WatchlistedProvider> watchlist;
    private final Map<String, ReasonCode> reasonCodes;
    // The pickers' lists, sorted once: the data never changes, and a picker asks on every keystroke.
    private final Map<String, List<ReasonCode>> reasonCodesByType;
    private final List<Modifier> modifierList;
    private final List<PlaceOfService> placeList;

    /** Codes as people list them: numbers by value (2 before 16), then alphabetically among codes of one length. */
    private static final Comparator<String> CODE_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    // Two-level maps where a lookup has two keys: no key strings are built per claim.
    ReferenceData(Map<String, Plan> plans, Map<String, Map<String, PlanBenefit>> benefits,
                  Map<String, Map<String, BigDecimal>> fees,
                  Map<String, ProcedureCode> procedures, Map<String, DiagnosisCode> diagnoses,
                  Map<String, Modifier> modifiers, Map<String, PlaceOfService> placesOfService,
                  Map<String, Map<String, ProcedurePairEdit>> pairEdits, Map<String, UnitCap> unitCaps,
                  Map<String, Map<String, PriorAuthorizationRequirement>> priorAuthorizations,
                  Map<String, MedicalNecessityPolicy> necessityPolicies, Map<String, WatchlistedProvider> watchlist,
                  Map<String, ReasonCode> reasonCodes) {
        // The loader hands over maps it no longer touches; they are never exposed, so no copies.
        this.plans = plans;
        this.benefits = benefits;
        this.fees = fees;
        this.procedures = procedures;
        this.diagnoses = diagnoses;
        this.modifiers = modifiers;
        this.placesOfService = placesOfService;
        this.pairEdits = pairEdits;
        this.unitCaps = unitCaps;
        this.priorAuthorizations = priorAuthorizations;
        this.necessityPolicies = necessityPolicies;
        this.watchlist = watchlist;
        this.reasonCodes = reasonCodes;
        this.reasonCodesByType = reasonCodes.values().stream()
                .sorted(Comparator.comparing(ReasonCode::code, CODE_ORDER))
                .collect(Collectors.groupingBy(ReasonCode::type, Collectors.toUnmodifiableList()));
        this.modifierList = modifiers.values().stream().sorted(Comparator.comparing(Modifier::code, CODE_ORDER)).toList();
        this.placeList = placesOfService.values().stream().sorted(Comparator.comparing(PlaceOfService::code, CODE_ORDER)).toList();
    }

    public Plan plan(String planId) {
        return planId == null ? null : plans.get(planId);
    }

    /** The plan's benefit for a service category, or null when the plan has no row for it. */
    public PlanBenefit benefit(String planId, String category) {
        return planId == null || category == null ? null : lookup(benefits, planId, category);
    }

    /**
     * The fee schedule amount per unit: the row for a pricing modifier on the line (e.g. 26, TC) when
     * there is one, else the row without modifier; null when the code is not priced.
     */
    public BigDecimal fee(String feeScheduleId, String procedureCode, List<String> lineModifiers) {
        if (feeScheduleId == null || procedureCode == null) {
            return null;
        }
        Map<String, BigDecimal> schedule = fees.get(feeScheduleId);
        if (schedule == null) {
            return null;
        }
        for (String modifier : lineModifiers) {
            BigDecimal specific = schedule.get(feeKey(procedureCode, modifier));
            if (specific != null) {
                return specific;
            }
        }
        return schedule.get(procedureCode);
    }

    public ProcedureCode procedure(String code) {
        return code == null ? null : procedures.get(code);
    }

    public DiagnosisCode diagnosis(String code) {
        return code == null ? null : diagnoses.get(code);
    }

    public Modifier modifier(String code) {
        return code == null ? null : modifiers.get(code);
    }

    public PlaceOfService placeOfService(String code) {
        return code == null ? null : placesOfService.get(code);
    }

    /** The edit for column 1 billed with column 2 on one date, or null. */
    public ProcedurePairEdit pairEdit(String column1Code, String column2Code) {
        return column1Code == null || column2Code == null ? null : lookup(pairEdits, column1Code, column2Code);
    }

    public UnitCap unitCap(String procedureCode) {
        return procedureCode == null ? null : unitCaps.get(procedureCode);
    }

    /** The plan's own prior-authorization requirement for the code, else the all-plans one, else null. */
    public PriorAuthorizationRequirement priorAuthorization(String planId, String procedureCode) {
        if (procedureCode == null) {
            return null;
        }
        PriorAuthorizationRequirement forPlan = planId == null ? null : lookup(priorAuthorizations, planId, procedureCode);
        return forPlan != null ? forPlan
                : lookup(priorAuthorizations, PriorAuthorizationRequirement.ALL_PLANS, procedureCode);
    }

    public MedicalNecessityPolicy necessityPolicy(String procedureCode) {
        return procedureCode == null ? null : necessityPolicies.get(procedureCode);
    }

    public WatchlistedProvider watchlisted(String npi) {
        return npi == null ? null : watchlist.get(npi);
    }

    /** The words for a CARC or RARC, or the code itself when the list lacks it. */
    public String reasonText(String type, String code) {
        ReasonCode reason = reasonCodes.get(reasonKey(type, code));
        return reason == null ? type + " " + code : reason.description();
    }

    /**
     * The reason codes of one type ({@code CARC} or {@code RARC}) as reason-codes.csv lists them, for pickers;
     * in code order (shorter codes first, so CARC 2 comes before 16); empty for an unknown type.
     */
    public List<ReasonCode> reasonCodes(String type) {
        return reasonCodesByType.getOrDefault(type, List.of());
    }

    /** Every modifier the payer recognises (modifiers.csv), in code order. */
    public List<Modifier> modifiers() {
        return modifierList;
    }

    /** Every place of service (places-of-service.csv), in code order. */
    public List<PlaceOfService> placesOfService() {
        return placeList;
    }

    public int procedureCount() {
        return procedures.size();
    }

    public java.util.Collection<Plan> plans() {
        return plans.values();
    }

    /** Every service-category row of the plan (plan-benefits.csv); empty for a plan without rows or none at all. */
    public java.util.Collection<PlanBenefit> benefits(String planId) {
        Map<String, PlanBenefit> rows = planId == null ? null : benefits.get(planId);
        return rows == null ? List.of() : java.util.Collections.unmodifiableCollection(rows.values());
    }

    public java.util.Collection<ProcedureCode> procedures() {
        return procedures.values();
    }

    public java.util.Collection<DiagnosisCode> diagnoses() {
        return diagnoses.values();
    }

    /** Key of a fee within its schedule: the code alone, or code|modifier for a modifier-specific fee. */
    static String feeKey(String procedureCode, String modifier) {
        return modifier == null || modifier.isEmpty() ? procedureCode : procedureCode + '|' + modifier;
    }

    static String reasonKey(String type, String code) {
        return type + '|' + code;
    }

    private static <T> T lookup(Map<String, Map<String, T>> index, String first, String second) {
        Map<String, T> inner = index.get(first);
        return inner == null ? null : inner.get(second);
    }
}
