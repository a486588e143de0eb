package net.claimsnet.rules.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The adjudication of a claim.
 *
 * @param claimId             the claim adjudicated
 * @param outcome             approved, partially approved, denied or pended
 * @param reasons             why, in codes and words (denial reasons, review triggers)
 * @param lines               one result per service line, in claim order
 * @param accumulatorsAfter   the member's accumulators with this claim applied (provisional when pended)
 * @param claimRulesFired     rules that fired on the claim as a whole (outcome, review, cost sharing)
 * @param ruleSetVersion      hex SHA-256 over the adjudication rule files and the reference data used
 */
public record AdjudicationResult(
        String claimId,
        ClaimOutcome outcome,
        List<OutcomeReason> reasons,
        List<LineResult> lines,
        BenefitAccumulators accumulatorsAfter,
        List<String> claimRulesFired,
        String ruleSetVersion) {

    public AdjudicationResult {
        reasons = List.copyOf(reasons);
        lines = List.copyOf(lines);
        claimRulesFired = List.copyOf(claimRulesFired);
    }

    public BigDecimal totalCharge() {
        return lines.stream().map(LineResult::charge).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal totalPaid() {
        return lines.stream().map(LineResult::paid).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal totalPatientResponsibility() {
        return lines.stream().map(LineResult::patientResponsibility).reduce(Money.ZERO, BigDecimal::add);
    }

    public LineResult line(int lineNumber) {
        return lines.get(lineNumber - 1);
    }
}
