package net.claimsnet.flows.rules;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.ServiceLine;
import net.corda.core.crypto.SecureHash;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deterministic adjudicator: each covered line is allowed a fixed percentage of its charge
 * (CO-45 for the rest), then the member pays the deductible still open (PR-1) and the plan's
 * coinsurance on the remainder (PR-2), never beyond the out-of-pocket maximum. A line dated outside
 * the coverage period is denied (CO-27); a procedure that needs prior authorization is denied
 * without one (CO-197) unless the claim was appealed with supporting documents. On a
 * re-adjudication the claim's previous contribution to the accumulator is given back first, so the
 * accumulator moves by exactly the difference, as the contract requires.
 */
public final class FixedPercentageAdjudicationRules implements AdjudicationRulesPort {

    public static final String DECIDED_BY = "rules";

    private final int allowedPercent;
    private final Set<String> authorizationRequired;
    private final String ruleSetVersion;

    public FixedPercentageAdjudicationRules(int allowedPercent, Set<String> authorizationRequired) {
        if (allowedPercent < 0 || allowedPercent > 100) {
            throw new IllegalArgumentException("The allowed percentage must be between 0 and 100");
        }
        this.allowedPercent = allowedPercent;
        this.authorizationRequired = new TreeSet<>(authorizationRequired);
        this.ruleSetVersion = SecureHash.sha256(("fixed-percentage;" + allowedPercent + ";" + this.authorizationRequired)
                .getBytes(StandardCharsets.UTF_8)).toString().toLowerCase();
    }

    /** 80% of charges allowed, no authorization requirements. */
    public static FixedPercentageAdjudicationRules standard() {
        return new FixedPercentageAdjudicationRules(80, Set.of());
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    @Override
    public AdjudicationDecision adjudicate(ClaimState claim, CoverageState coverage, BenefitAccumulatorState accumulator) {
        Adjudication previous = claim.getAdjudication();
        BigDecimal deductibleMet = accumulator.getDeductibleMet();
        BigDecimal outOfPocketMet = accumulator.getOutOfPocketMet();
        if (previous != null) {
            deductibleMet = deductibleMet.subtract(previous.totalDeductible());
            outOfPocketMet = outOfPocketMet.subtract(previous.totalPatientResponsibility());
        }
        boolean appealedWithDocuments = claim.getStatus() == ClaimStatus.APPEALED && claim.getAppeal() != null
                && !claim.getAppeal().getSupportingAttachmentHashes().isEmpty();
        boolean authorized = claim.getClaim().getPriorAuthorizationNumber() != null || appealedWithDocuments;
        int coinsurance = coverage.getBenefits().getCoinsurancePercent();

        List<LineAdjudication> lines = new ArrayList<>();
        for (ServiceLine line : claim.getClaim().getServiceLines()) {
            if (!inPeriod(coverage, line.getDateOfService())) {
                lines.add(denied(line, "27", "coverage-period"));
                continue;
            }
            if (authorizationRequired.contains(line.getProcedureCode()) && !authorized) {
                lines.add(denied(line, "197", "prior-authorization"));
                continue;
            }
            BigDecimal charge = line.getCharge();
            BigDecimal allowed = percent(charge, allowedPercent);
            BigDecimal outOfPocketLeft = accumulator.getOutOfPocketLimit().subtract(outOfPocketMet).max(BigDecimal.ZERO);
            BigDecimal toDeductible = accumulator.getDeductibleLimit().subtract(deductibleMet).max(BigDecimal.ZERO)
                    .min(allowed).min(outOfPocketLeft);
            deductibleMet = deductibleMet.add(toDeductible);
            outOfPocketMet = outOfPocketMet.add(toDeductible);
            outOfPocketLeft = outOfPocketLeft.subtract(toDeductible);
            BigDecimal coinsured = percent(allowed.subtract(toDeductible), coinsurance).min(outOfPocketLeft);
            outOfPocketMet = outOfPocketMet.add(coinsured);
            List<Adjustment> adjustments = new ArrayList<>();
            if (charge.compareTo(allowed) > 0) {
                adjustments.add(Adjustment.of(AdjustmentGroup.CO, "45", charge.subtract(allowed)));
            }
            if (toDeductible.signum() > 0) {
                adjustments.add(Adjustment.of(AdjustmentGroup.PR, "1", toDeductible));
            }
            if (coinsured.signum() > 0) {
                adjustments.add(Adjustment.of(AdjustmentGroup.PR, "2", coinsured));
            }
            BigDecimal patient = toDeductible.add(coinsured);
            lines.add(new LineAdjudication(line.getSequence(), LineDecision.APPROVED, charge, allowed,
                    allowed.subtract(patient), adjustments, patient, List.of("fee-schedule", "deductible", "coinsurance")));
        }
        Adjudication adjudication = new Adjudication(lines, outcomeOf(lines), ruleSetVersion, DECIDED_BY,
                previous == null ? 1 : previous.getRound() + 1);
        BigDecimal deductibleDelta = adjudication.totalDeductible();
        BigDecimal outOfPocketDelta = adjudication.totalPatientResponsibility();
        if (previous != null) {
            deductibleDelta = deductibleDelta.subtract(previous.totalDeductible());
            outOfPocketDelta = outOfPocketDelta.subtract(previous.totalPatientResponsibility());
        }
        return AdjudicationDecision.decided(adjudication, accumulator.plus(deductibleDelta, outOfPocketDelta));
    }

    private static boolean inPeriod(CoverageState coverage, LocalDate date) {
        return date != null && coverage.getPeriodStart() != null && coverage.getPeriodEnd() != null
                && !date.isBefore(coverage.getPeriodStart()) && !date.isAfter(coverage.getPeriodEnd());
    }

    private static LineAdjudication denied(ServiceLine line, String carc, String rule) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new LineAdjudication(line.getSequence(), LineDecision.DENIED, line.getCharge(), zero, zero,
                List.of(Adjustment.of(AdjustmentGroup.CO, carc, line.getCharge())), zero, List.of(rule));
    }

    private static AdjudicationOutcome outcomeOf(List<LineAdjudication> lines) {
        boolean allDenied = lines.stream().allMatch(l -> l.getDecision() == LineDecision.DENIED);
        boolean allApproved = lines.stream().allMatch(l -> l.getDecision() == LineDecision.APPROVED);
        if (allDenied) {
            return AdjudicationOutcome.DENIED;
        }
        return allApproved ? AdjudicationOutcome.APPROVED : AdjudicationOutcome.PARTIALLY_APPROVED;
    }

    private static BigDecimal percent(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
