package net.claimsnet.rules.reference;

import net.claimsnet.rules.model.Money;
import net.claimsnet.states.Sex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the files of config/reference (already read into memory, so that what is parsed is exactly
 * what was hashed into the rule-set version) and checks that they refer to each other consistently.
 */
public final class ReferenceDataLoader {

    /** Every file the rules need; config/reference/README.md documents their columns. */
    public static final List<String> FILES = List.of(
            "plans.csv", "plan-benefits.csv", "fee-schedule.csv", "procedure-codes.csv", "diagnosis-codes.csv",
            "modifiers.csv", "places-of-service.csv", "procedure-pair-edits.csv", "unit-caps.csv",
            "prior-authorization.csv", "medical-necessity.csv", "provider-watchlist.csv", "reason-codes.csv");

    private final Map<String, byte[]> files;

    private ReferenceDataLoader(Map<String, byte[]> files) {
        this.files = files;
    }

    /**
     * @param files file name (as in {@link #FILES}) to content
     * @throws ReferenceDataException naming the file, line and column of the first problem
     */
    public static ReferenceData load(Map<String, byte[]> files) {
        for (String name : FILES) {
            if (!files.containsKey(name)) {
                throw new ReferenceDataException(name + ": the file is missing from config/reference");
            }
        }
        return new ReferenceDataLoader(files).load();
    }

    private ReferenceData load() {
        Map<String, ProcedureCode> procedures = procedures();
        Map<String, Plan> plans = plans();
        return new ReferenceData(plans, benefits(plans), fees(plans, procedures), procedures, diagnoses(),
                modifiers(), placesOfService(), pairEdits(procedures), unitCaps(procedures),
                priorAuthorizations(plans, procedures), necessityPolicies(procedures), watchlist(), reasonCodes());
    }

    private CsvTable table(String name, String... requiredColumns) {
        return CsvTable.parse(name, files.get(name), requiredColumns);
    }

    private Map<String, Plan> plans() {
        Map<String, Plan> plans = new HashMap<>();
        for (CsvTable.Row row : table("plans.csv", "plan_id", "payer_id", "plan_name", "fee_schedule_id", "deductible",
                "out_of_pocket_max", "coinsurance_in_network_pct", "coinsurance_out_of_network_pct",
                "out_of_network_covered", "out_of_network_allowed_pct", "timely_filing_days",
                "pend_claim_charge_over", "pend_line_charge_over").rows()) {
            Plan plan = new Plan(row.required("plan_id"), row.required("payer_id"), row.required("plan_name"),
                    row.required("fee_schedule_id"), money(row, "deductible"), money(row, "out_of_pocket_max"),
                    row.requiredDecimal("coinsurance_in_network_pct"),
                    row.requiredDecimal("coinsurance_out_of_network_pct"),
                    row.flag("out_of_network_covered", false), row.requiredDecimal("out_of_network_allowed_pct"),
                    row.requiredInt("timely_filing_days"), money(row, "pend_claim_charge_over"),
                    money(row, "pend_line_charge_over"));
            if (plan.deductible().compareTo(plan.outOfPocketMax()) > 0) {
                throw row.error("deductible", "the deductible exceeds the out-of-pocket maximum");
            }
            unique(plans, plan.planId(), plan, row, "plan_id");
        }
        return plans;
    }

    private Map<String, Map<String, PlanBenefit>> benefits(Map<String, Plan> plans) {
        Map<String, Map<String, PlanBenefit>> benefits = new HashMap<>();
        for (CsvTable.Row row : table("plan-benefits.csv", "plan_id", "service_category", "covered",
                "deductible_applies", "copay", "coinsurance_applies", "visit_limit", "annual_benefit_max").rows()) {
            String planId = known(plans, row, "plan_id");
            Integer visitLimit = row.optionalInt("visit_limit");
            BigDecimal annualMax = row.optionalDecimal("annual_benefit_max");
            PlanBenefit benefit = new PlanBenefit(planId, row.required("service_category"), row.flag("covered", true),
                    row.flag("deductible_applies", true), Money.cents(orZero(row.optionalDecimal("copay"))),
                    row.flag("coinsurance_applies", true), visitLimit == null ? 0 : visitLimit,
                    annualMax == null ? null : Money.cents(annualMax));
            unique(inner(benefits, planId), benefit.category(), benefit, row, "service_category");
        }
        return benefits;
    }

    private Map<String, Map<String, BigDecimal>> fees(Map<String, Plan> plans, Map<String, ProcedureCode> procedures) {
        Map<String, Map<String, BigDecimal>> fees = new HashMap<>();
        for (CsvTable.Row row : table("fee-schedule.csv", "fee_schedule_id", "procedure_code", "modifier", "amount")
                .rows()) {
            String code = known(procedures, row, "procedure_code");
            String modifier = row.optional("modifier");
            unique(inner(fees, row.required("fee_schedule_id")), ReferenceData.feeKey(code, modifier),
                    money(row, "amount"), row, "procedure_code");
        }
        for (Plan plan : plans.values()) {
            if (!fees.containsKey(plan.feeScheduleId())) {
                throw new ReferenceDataException("plans.csv: plan " + plan.planId() + " names fee schedule "
                        + plan.feeScheduleId() + ", which fee-schedule.csv does not have");
            }
        }
        return fees;
    }

    private Map<String, ProcedureCode> procedures() {
        Map<String, ProcedureCode> procedures = new HashMap<>();
        for (CsvTable.Row row : table("procedure-codes.csv", "code", "code_system", "description", "category",
                "sex", "min_age", "max_age", "em_level").rows()) {
            Integer emLevel = row.optionalInt("em_level");
            ProcedureCode code = new ProcedureCode(row.required("code"), row.required("code_system"),
                    row.required("description"), row.required("category"), sex(row), row.optionalInt("min_age"),
                    row.optionalInt("max_age"), emLevel == null ? 0 : emLevel);
            unique(procedures, code.code(), code, row, "code");
        }
        return procedures;
    }

    private Map<String, DiagnosisCode> diagnoses() {
        Map<String, DiagnosisCode> diagnoses = new HashMap<>();
        for (CsvTable.Row row : table("diagnosis-codes.csv", "code", "description", "sex", "min_age", "max_age",
                "principal_allowed", "minor").rows()) {
            DiagnosisCode code = new DiagnosisCode(row.required("code"), row.required("description"), sex(row),
                    row.optionalInt("min_age"), row.optionalInt("max_age"), row.flag("principal_allowed", true),
                    row.flag("minor", false));
            unique(diagnoses, code.code(), code, row, "code");
        }
        return diagnoses;
    }

    private Map<String, Modifier> modifiers() {
        Map<String, Modifier> modifiers = new HashMap<>();
        for (CsvTable.Row row : table("modifiers.csv", "modifier", "description", "distinct_service",
                "repeat_service", "payment_percent").rows()) {
            BigDecimal percent = row.optionalDecimal("payment_percent");
            Modifier modifier = new Modifier(row.required("modifier"), row.required("description"),
                    row.flag("distinct_service", false), row.flag("repeat_service", false),
                    percent == null ? Money.HUNDRED : percent);
            unique(modifiers, modifier.code(), modifier, row, "modifier");
        }
        return modifiers;
    }

    private Map<String, PlaceOfService> placesOfService() {
        Map<String, PlaceOfService> places = new HashMap<>();
        for (CsvTable.Row row : table("places-of-service.csv", "code", "description", "emergency").rows()) {
            PlaceOfService place = new PlaceOfService(row.required("code"), row.required("description"),
                    row.flag("emergency", false));
            unique(places, place.code(), place, row, "code");
        }
        return places;
    }

    private Map<String, Map<String, ProcedurePairEdit>> pairEdits(Map<String, ProcedureCode> procedures) {
        Map<String, Map<String, ProcedurePairEdit>> edits = new HashMap<>();
        for (CsvTable.Row row : table("procedure-pair-edits.csv", "column1_code", "column2_code",
                "modifier_allowed", "rationale").rows()) {
            ProcedurePairEdit edit = new ProcedurePairEdit(known(procedures, row, "column1_code"),
                    known(procedures, row, "column2_code"), row.flag("modifier_allowed", true),
                    row.required("rationale"));
            unique(inner(edits, edit.column1Code()), edit.column2Code(), edit, row, "column2_code");
        }
        return edits;
    }

    private Map<String, UnitCap> unitCaps(Map<String, ProcedureCode> procedures) {
        Map<String, UnitCap> caps = new HashMap<>();
        for (CsvTable.Row row : table("unit-caps.csv", "procedure_code", "max_units_per_day", "rationale").rows()) {
            UnitCap cap = new UnitCap(known(procedures, row, "procedure_code"), row.requiredInt("max_units_per_day"),
                    row.required("rationale"));
            unique(caps, cap.procedureCode(), cap, row, "procedure_code");
        }
        return caps;
    }

    private Map<String, Map<String, PriorAuthorizationRequirement>> priorAuthorizations(
            Map<String, Plan> plans, Map<String, ProcedureCode> procedures) {
        Map<String, Map<String, PriorAuthorizationRequirement>> requirements = new HashMap<>();
        for (CsvTable.Row row : table("prior-authorization.csv", "procedure_code", "plan_id", "rationale").rows()) {
            String planId = row.required("plan_id");
            if (!planId.equals(PriorAuthorizationRequirement.ALL_PLANS)) {
                known(plans, row, "plan_id");
            }
            PriorAuthorizationRequirement requirement = new PriorAuthorizationRequirement(
                    known(procedures, row, "procedure_code"), planId, row.required("rationale"));
            unique(inner(requirements, planId), requirement.procedureCode(), requirement, row, "procedure_code");
        }
        return requirements;
    }

    private Map<String, MedicalNecessityPolicy> necessityPolicies(Map<String, ProcedureCode> procedures) {
        Map<String, MedicalNecessityPolicy> policies = new HashMap<>();
        for (CsvTable.Row row : table("medical-necessity.csv", "procedure_code", "diagnosis_prefixes", "rationale")
                .rows()) {
            MedicalNecessityPolicy policy = new MedicalNecessityPolicy(known(procedures, row, "procedure_code"),
                    Arrays.asList(row.required("diagnosis_prefixes").trim().split("\\s+")), row.required("rationale"));
            // Several rows for one code widen its list of supporting diagnoses.
            policies.merge(policy.procedureCode(), policy, MedicalNecessityPolicy::plus);
        }
        return policies;
    }

    private Map<String, WatchlistedProvider> watchlist() {
        Map<String, WatchlistedProvider> watchlist = new HashMap<>();
        for (CsvTable.Row row : table("provider-watchlist.csv", "npi", "reason", "listed_on").rows()) {
            LocalDate listedOn;
            try {
                listedOn = LocalDate.parse(row.required("listed_on"));
            } catch (DateTimeParseException e) {
                throw row.error("listed_on", "'" + row.optional("listed_on") + "' is not a date like 2025-01-31");
            }
            WatchlistedProvider provider = new WatchlistedProvider(row.required("npi"), row.required("reason"),
                    listedOn);
            unique(watchlist, provider.npi(), provider, row, "npi");
        }
        return watchlist;
    }

    private Map<String, ReasonCode> reasonCodes() {
        Map<String, ReasonCode> codes = new HashMap<>();
        for (CsvTable.Row row : table("reason-codes.csv", "code_type", "code", "description").rows()) {
            String type = row.required("code_type");
            if (!type.equals("CARC") && !type.equals("RARC")) {
                throw row.error("code_type", "'" + type + "' is neither CARC nor RARC");
            }
            ReasonCode code = new ReasonCode(type, row.required("code"), row.required("description"));
            unique(codes, ReferenceData.reasonKey(type, code.code()), code, row, "code");
        }
        return codes;
    }

    private static BigDecimal money(CsvTable.Row row, String column) {
        return Money.cents(row.requiredDecimal(column));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static Sex sex(CsvTable.Row row) {
        String value = row.optional("sex");
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "F" -> Sex.F;
            case "M" -> Sex.M;
            default -> throw row.error("sex", "'" + value + "' is neither F, M nor empty");
        };
    }

    private static <T> Map<String, T> inner(Map<String, Map<String, T>> index, String key) {
        return index.computeIfAbsent(key, k -> new HashMap<>());
    }

    private static String known(Map<String, ?> index, CsvTable.Row row, String column) {
        String key = row.required(column);
        if (!index.containsKey(key)) {
            throw row.error(column, "'" + key + "' is not defined in its own reference file");
        }
        return key;
    }

    private static <T> void unique(Map<String, T> index, String key, T value, CsvTable.Row row, String column) {
        if (index.putIfAbsent(key, value) != null) {
            throw row.error(column, "'" + key + "' is listed twice");
        }
    }
}
