package net.claimsnet.contracts;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.Appeal;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.InformationRequest;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Settlement;
import net.claimsnet.states.Sex;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.Party;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Valid sample states for contract tests, flow tests and benchmarks. Every method returns a state
 * the contracts accept as it is; a test that wants a broken one changes exactly one thing with the
 * states' {@code withXxx()} copies.
 *
 * <p>The sample claim: member M-1001 on plan PPO-GOLD (2025), two lines (office visit 99213 for
 * 150.00 and blood count 85025 for 40.00, both on 2025-03-10 at place of service 11), diagnoses
 * E11.9 and I10. The sample adjudication allows 80% of each charge (CO-45 for the rest) and leaves
 * 20% coinsurance of the allowed amount to the patient (PR-2).
 */
public final class SampleClaims {

    public static final String MEMBER_ID = "M-1001";
    public static final String SUBSCRIBER_ID = "S-1001";
    public static final String PLAN_ID = "PPO-GOLD";
    public static final int PLAN_YEAR = 2025;
    public static final LocalDate DATE_OF_SERVICE = LocalDate.of(2025, 3, 10);
    /** A valid NPI (Luhn check with prefix 80840). */
    public static final String BILLING_NPI = "1234567893";
    public static final String PAYER_ID = "ACME01";
    public static final String RULE_SET_VERSION =
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private SampleClaims() {
    }

    // ---- coverage and benefits -------------------------------------------------------------

    public static BenefitSummary benefits() {
        return new BenefitSummary(money("1000.00"), money("5000.00"), money("25.00"), 20,
                mapOf("physical-therapy", 20));
    }

    /** An active coverage for the member on plan PPO-GOLD for calendar year 2025. */
    public static CoverageState coverage(Party insurer, String memberId) {
        return new CoverageState(insurer, new UniqueIdentifier("COV-" + memberId), memberId, SUBSCRIBER_ID,
                PLAN_ID, "Acme PPO Gold", LocalDate.of(PLAN_YEAR, 1, 1), LocalDate.of(PLAN_YEAR, 12, 31),
                benefits(), CoverageStatus.ACTIVE);
    }

    /** A fresh accumulator (nothing met) for the member, plan PPO-GOLD, plan year 2025. */
    public static BenefitAccumulatorState accumulator(Party insurer, String memberId) {
        return accumulator(insurer, memberId, PLAN_ID, PLAN_YEAR);
    }

    public static BenefitAccumulatorState accumulator(Party insurer, String memberId, String planId, int planYear) {
        BenefitSummary benefits = benefits();
        return BenefitAccumulatorState.open(insurer, memberId, planId, planYear,
                benefits.getDeductible(), benefits.getOutOfPocketMaximum(), benefits.getVisitLimits());
    }

    /** An accumulator for the coverage's member, plan and first plan year, with its limits. */
    public static BenefitAccumulatorState accumulator(CoverageState coverage) {
        BenefitSummary benefits = coverage.getBenefits();
        return BenefitAccumulatorState.open(coverage.getInsurer(), coverage.getMemberId(), coverage.getPlanId(),
                coverage.getPeriodStart().getYear(), benefits.getDeductible(), benefits.getOutOfPocketMaximum(),
                benefits.getVisitLimits());
    }

    /** The accumulator after the adjudication, re-adjudicating {@code previous} (null for a first adjudication). */
    public static BenefitAccumulatorState applied(BenefitAccumulatorState accumulator, Adjudication adjudication,
                                                  Adjudication previous) {
        BigDecimal deductible = adjudication.totalDeductible();
        BigDecimal outOfPocket = adjudication.totalPatientResponsibility();
        if (previous != null) {
            deductible = deductible.subtract(previous.totalDeductible());
            outOfPocket = outOfPocket.subtract(previous.totalPatientResponsibility());
        }
        return accumulator.plus(deductible, outOfPocket);
    }

    // ---- the claim as submitted -----------------------------------------------------------

    public static Patient patient(String memberId) {
        return new Patient(memberId, "Jane", "Doe", LocalDate.of(1980, 5, 17), Sex.F);
    }

    public static ServiceLine serviceLine(int sequence, String procedureCode, String charge, Integer... pointers) {
        List<Integer> diagnosisPointers = new ArrayList<>();
        for (Integer pointer : pointers) {
            diagnosisPointers.add(pointer);
        }
        if (diagnosisPointers.isEmpty()) {
            diagnosisPointers.add(1);
        }
        return new ServiceLine(sequence, procedureCode, new ArrayList<String>(), 1, money(charge), DATE_OF_SERVICE,
                "11", diagnosisPointers);
    }

    public static List<ServiceLine> serviceLines() {
        List<ServiceLine> lines = new ArrayList<>();
        lines.add(serviceLine(1, "99213", "150.00", 1));
        lines.add(serviceLine(2, "85025", "40.00", 1, 2));
        return lines;
    }

    /** Original claim details (frequency 1) for the member, with a fresh claim id. */
    public static ClaimDetails details(String memberId) {
        return details(newClaimId(), memberId);
    }

    public static ClaimDetails details(String claimId, String memberId) {
        List<String> diagnoses = new ArrayList<>();
        diagnoses.add("E11.9");
        diagnoses.add("I10");
        return new ClaimDetails(claimId, ClaimType.PROFESSIONAL, ClaimUse.CLAIM, patient(memberId), SUBSCRIBER_ID,
                BILLING_NPI, PAYER_ID, diagnoses, null, FrequencyCode.ORIGINAL, null,
                new ArrayList<SecureHash>(), serviceLines());
    }

    /** A submitted claim for the coverage's member, filed under that coverage. */
    public static ClaimState submitted(Party provider, Party insurer, CoverageState coverage) {
        return ClaimState.submitted(provider, insurer, details(coverage.getMemberId()), coverage.getLinearId());
    }

    public static ClaimState submitted(Party provider, Party insurer, CoverageState coverage, ClaimDetails details) {
        return ClaimState.submitted(provider, insurer, details, coverage.getLinearId());
    }

    /** A corrected claim (frequency 7) for the original, with a new identity and the original's coverage. */
    public static ClaimState replacementOf(ClaimState original) {
        ClaimDetails details = details(original.getClaim().getPatient().getMemberId())
                .withFrequencyCode(FrequencyCode.REPLACEMENT)
                .withOriginalClaimId(original.getLinearId());
        return ClaimState.submitted(original.getProvider(), original.getInsurer(), details, original.getCoverageId());
    }

    public static String newClaimId() {
        return "CLM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    // ---- decisions ------------------------------------------------------------------------

    /** Every line approved: 80% allowed (CO-45 for the rest), 20% of allowed coinsurance (PR-2). */
    public static Adjudication approvedAdjudication(ClaimState claim) {
        return approvedAdjudication(claim, BigDecimal.ZERO);
    }

    /**
     * Every line approved as in {@link #approvedAdjudication(ClaimState)}, but with up to
     * {@code deductible} of the allowed amounts applied to the deductible first (PR-1), line by line.
     */
    public static Adjudication approvedAdjudication(ClaimState claim, BigDecimal deductible) {
        List<LineAdjudication> lines = new ArrayList<>();
        BigDecimal deductibleLeft = deductible;
        for (ServiceLine line : claim.getClaim().getServiceLines()) {
            BigDecimal charge = line.getCharge();
            BigDecimal allowed = percent(charge, 80);
            BigDecimal toDeductible = deductibleLeft.min(allowed).setScale(2, RoundingMode.HALF_UP);
            deductibleLeft = deductibleLeft.subtract(toDeductible);
            BigDecimal coinsurance = percent(allowed.subtract(toDeductible), 20);
            List<Adjustment> adjustments = new ArrayList<>();
            adjustments.add(Adjustment.of(AdjustmentGroup.CO, "45", charge.subtract(allowed)));
            if (toDeductible.signum() > 0) {
                adjustments.add(Adjustment.of(AdjustmentGroup.PR, "1", toDeductible));
            }
            adjustments.add(Adjustment.of(AdjustmentGroup.PR, "2", coinsurance));
            BigDecimal patient = toDeductible.add(coinsurance);
            lines.add(new LineAdjudication(line.getSequence(), LineDecision.APPROVED, charge, allowed,
                    allowed.subtract(patient), adjustments, patient, rules("fee-schedule", "coinsurance")));
        }
        return new Adjudication(lines, AdjudicationOutcome.APPROVED, RULE_SET_VERSION, "rules", nextRound(claim));
    }

    /** Every line denied as a contractual adjustment with the given CARC (e.g. "50", not medically necessary). */
    public static Adjudication deniedAdjudication(ClaimState claim, String carc) {
        List<LineAdjudication> lines = new ArrayList<>();
        for (ServiceLine line : claim.getClaim().getServiceLines()) {
            lines.add(deniedLine(line, carc));
        }
        return new Adjudication(lines, AdjudicationOutcome.DENIED, RULE_SET_VERSION, "rules", nextRound(claim));
    }

    /** The first line approved as in {@link #approvedAdjudication(ClaimState)}, every other line denied (CO-97, bundled). */
    public static Adjudication partiallyApprovedAdjudication(ClaimState claim) {
        List<LineAdjudication> lines = new ArrayList<>(approvedAdjudication(claim).getLines());
        List<ServiceLine> serviceLines = claim.getClaim().getServiceLines();
        for (int i = 1; i < serviceLines.size(); i++) {
            lines.set(i, deniedLine(serviceLines.get(i), "97"));
        }
        if (serviceLines.size() == 1) {
            lines.set(0, reducedLine(serviceLines.get(0)));
        }
        return new Adjudication(lines, AdjudicationOutcome.PARTIALLY_APPROVED, RULE_SET_VERSION, "rules",
                nextRound(claim));
    }

    /** A reduced line: 80% allowed (CO-45), half of the allowed amount over the benefit maximum (CO-119), nothing to the patient. */
    public static LineAdjudication reducedLine(ServiceLine line) {
        BigDecimal charge = line.getCharge();
        BigDecimal allowed = percent(charge, 80);
        BigDecimal overMaximum = percent(allowed, 50);
        List<Adjustment> adjustments = new ArrayList<>();
        adjustments.add(Adjustment.of(AdjustmentGroup.CO, "45", charge.subtract(allowed)));
        adjustments.add(Adjustment.of(AdjustmentGroup.CO, "119", overMaximum));
        return new LineAdjudication(line.getSequence(), LineDecision.REDUCED, charge, allowed,
                allowed.subtract(overMaximum), adjustments, money("0.00"), rules("fee-schedule", "benefit-maximum"));
    }

    public static LineAdjudication deniedLine(ServiceLine line, String carc) {
        List<Adjustment> adjustments = new ArrayList<>();
        adjustments.add(Adjustment.of(AdjustmentGroup.CO, carc, line.getCharge()));
        return new LineAdjudication(line.getSequence(), LineDecision.DENIED, line.getCharge(), money("0.00"),
                money("0.00"), adjustments, money("0.00"), rules("denial-" + carc));
    }

    /** The claim as adjudicated: the decision recorded and the status set from its outcome. */
    public static ClaimState adjudicated(ClaimState claim, Adjudication adjudication) {
        return claim.withAdjudication(adjudication).withStatus(statusOf(adjudication.getOutcome()));
    }

    /** A submitted claim adjudicated with {@link #approvedAdjudication(ClaimState)}. */
    public static ClaimState approved(Party provider, Party insurer, CoverageState coverage) {
        ClaimState claim = submitted(provider, insurer, coverage);
        return adjudicated(claim, approvedAdjudication(claim));
    }

    public static ClaimStatus statusOf(AdjudicationOutcome outcome) {
        switch (outcome) {
            case APPROVED:
                return ClaimStatus.APPROVED;
            case PARTIALLY_APPROVED:
                return ClaimStatus.PARTIALLY_APPROVED;
            default:
                return ClaimStatus.DENIED;
        }
    }

    /** Payment of everything the claim's adjudication pays. */
    public static Settlement settlement(ClaimState claim) {
        return new Settlement(claim.getAdjudication().totalPaid(), DATE_OF_SERVICE.plusDays(20), "EFT-0001-" + claim.getLinearId().getId().toString().substring(0, 8));
    }

    public static ClaimState settled(ClaimState adjudicatedClaim) {
        return adjudicatedClaim.withSettlement(settlement(adjudicatedClaim)).withStatus(ClaimStatus.SETTLED);
    }

    public static InformationRequest informationRequest() {
        List<String> items = new ArrayList<>();
        items.add("N264");
        return InformationRequest.open("Please send the operative report for line 1.", items);
    }

    public static InformationRequest answered(InformationRequest request) {
        List<SecureHash> documents = new ArrayList<>();
        documents.add(SecureHash.sha256("operative report"));
        return request.answered("Operative report attached.", documents);
    }

    public static Appeal appeal() {
        List<SecureHash> documents = new ArrayList<>();
        documents.add(SecureHash.sha256("letter of medical necessity"));
        return new Appeal("The service was medically necessary; see the attached letter.", documents);
    }

    // ---- helpers --------------------------------------------------------------------------

    public static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal percent(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static int nextRound(ClaimState claim) {
        return claim.getAdjudication() == null ? 1 : claim.getAdjudication().getRound() + 1;
    }

    private static List<String> rules(String... names) {
        List<String> list = new ArrayList<>();
        for (String name : names) {
            list.add(name);
        }
        return list;
    }

    private static Map<String, Integer> mapOf(String key, int value) {
        Map<String, Integer> map = new java.util.LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
