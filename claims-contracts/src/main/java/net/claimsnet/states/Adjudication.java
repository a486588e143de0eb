package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The insurer's decision on a whole claim: one line decision per service line, the claim-level
 * outcome, the rule set it was decided with, who decided, and which round this is (1, then +1
 * per re-adjudication after an appeal).
 */
@CordaSerializable
public final class Adjudication {

    private final List<LineAdjudication> lines;
    private final AdjudicationOutcome outcome;
    private final String ruleSetVersion;
    private final String decidedBy;
    private final int round;

    public Adjudication(
            List<LineAdjudication> lines,
            AdjudicationOutcome outcome,
            String ruleSetVersion,
            String decidedBy,
            int round) {
        this.lines = lines == null ? Collections.<LineAdjudication>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(lines));
        this.outcome = outcome;
        this.ruleSetVersion = ruleSetVersion;
        this.decidedBy = decidedBy;
        this.round = round;
    }

    public List<LineAdjudication> getLines() { return lines; }

    public AdjudicationOutcome getOutcome() { return outcome; }

    /** Hex SHA-256 of the rule files and reference data used. */
    public String getRuleSetVersion() { return ruleSetVersion; }

    /** "rules" for automatic adjudication, otherwise the adjuster's id. */
    public String getDecidedBy() { return decidedBy; }

    public int getRound() { return round; }

    public Adjudication withLines(List<LineAdjudication> lines) {
        return new Adjudication(lines, outcome, ruleSetVersion, decidedBy, round);
    }

    public Adjudication withOutcome(AdjudicationOutcome outcome) {
        return new Adjudication(lines, outcome, ruleSetVersion, decidedBy, round);
    }

    public Adjudication withRuleSetVersion(String ruleSetVersion) {
        return new Adjudication(lines, outcome, ruleSetVersion, decidedBy, round);
    }

    public Adjudication withDecidedBy(String decidedBy) {
        return new Adjudication(lines, outcome, ruleSetVersion, decidedBy, round);
    }

    public Adjudication withRound(int round) {
        return new Adjudication(lines, outcome, ruleSetVersion, decidedBy, round);
    }

    /** The sum of the paid amounts over all lines. */
    public BigDecimal totalPaid() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (LineAdjudication line : lines) {
            total = total.add(line.getPaid());
        }
        return total;
    }

    /** The sum of the patient responsibility over all lines: what the out-of-pocket accumulator counts. */
    public BigDecimal totalPatientResponsibility() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (LineAdjudication line : lines) {
            total = total.add(line.getPatientResponsibility());
        }
        return total;
    }

    /** The sum of the PR adjustments with CARC 1 over all lines: what the deductible accumulator counts. */
    public BigDecimal totalDeductible() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (LineAdjudication line : lines) {
            for (Adjustment adjustment : line.getAdjustments()) {
                if (adjustment.getGroup() == AdjustmentGroup.PR && "1".equals(adjustment.getCarc())) {
                    total = total.add(adjustment.getAmount());
                }
            }
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Adjudication)) return false;
        Adjudication that = (Adjudication) o;
        return Objects.equals(lines, that.lines)
                && Objects.equals(outcome, that.outcome)
                && Objects.equals(ruleSetVersion, that.ruleSetVersion)
                && Objects.equals(decidedBy, that.decidedBy)
                && round == that.round;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines, outcome, ruleSetVersion, decidedBy, round);
    }

    @Override
    public String toString() {
        return "Adjudication(lines=" + lines
                + ", outcome=" + outcome
                + ", ruleSetVersion=" + ruleSetVersion
                + ", decidedBy=" + decidedBy
                + ", round=" + round + ")";
    }
}
