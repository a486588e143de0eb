package net.claimsnet.rules.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The adjudication of one service line. On every line: charge = paid + sum(adjustments);
 * patientResponsibility = sum(PR adjustments); paid &lt;= allowed &lt;= charge.
 *
 * @param lineNumber            1-based, as on the claim form
 * @param procedureCode         the billed code
 * @param charge                billed charge
 * @param allowed               the plan's allowed amount (zero when denied or pended)
 * @param paid                  what the plan pays the provider
 * @param adjustments           CO/PR/OA/PI adjustments that explain charge - paid
 * @param patientResponsibility what the member owes for this line
 * @param decision              approved, reduced, denied or pended
 * @param rulesFired            names of the rules that fired on this line, in firing order
 * @param notes                 what the rules said about the line, in words
 */
public record LineResult(
        int lineNumber,
        String procedureCode,
        BigDecimal charge,
        BigDecimal allowed,
        BigDecimal paid,
        List<ExplainedAdjustment> adjustments,
        BigDecimal patientResponsibility,
        LineOutcome decision,
        List<String> rulesFired,
        List<String> notes) {

    public LineResult {
        adjustments = List.copyOf(adjustments);
        rulesFired = List.copyOf(rulesFired);
        notes = List.copyOf(notes);
    }

    /** The sum of adjustments with the given group code. */
    public BigDecimal adjusted(GroupCode group) {
        return adjustments.stream().filter(a -> a.group() == group).map(ExplainedAdjustment::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    /** The amount adjusted under one group code and CARC, zero when there is none. */
    public BigDecimal adjusted(GroupCode group, String carc) {
        return adjustments.stream().filter(a -> a.group() == group && a.carc().equals(carc))
                .map(ExplainedAdjustment::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal totalAdjusted() {
        return adjustments.stream().map(ExplainedAdjustment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
