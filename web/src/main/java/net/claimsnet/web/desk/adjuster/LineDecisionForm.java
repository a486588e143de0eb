package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.LineDecisionInput;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.ServiceLine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The adjuster's decision on one service line as typed: approve, reduce or deny with adjustments, and
 * what the line then pays, worked out as the desk will (charge less every adjustment), shown live.
 */
public final class LineDecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int sequence;
    private final String procedure;
    private final BigDecimal charge;
    private LineDecision decision = LineDecision.APPROVED;
    private final List<AdjustmentForm> adjustments = new ArrayList<>();
    /** The desk's refusal of this line's decision, and the field it names, after "Decide". */
    private String error;
    private String errorField;

    LineDecisionForm(int sequence, String procedure, BigDecimal charge) {
        this.sequence = sequence;
        this.procedure = procedure;
        this.charge = charge;
    }

    /** A line to decide, starting from an earlier decision on it (the rules' or an adjuster's) when there is one. */
    static LineDecisionForm of(ServiceLine line, LineAdjudication earlier) {
        LineDecisionForm form = new LineDecisionForm(line.getSequence(), line.getProcedureCode(), line.getCharge());
        if (earlier != null) {
            form.decision = earlier.getDecision();
            earlier.getAdjustments().forEach(a -> form.adjustments.add(AdjustmentForm.of(a)));
        }
        return form;
    }

    LineDecisionInput toInput() {
        return new LineDecisionInput(sequence, decision,
                adjustments.stream().map(AdjustmentForm::toAdjustment).collect(Collectors.toList()));
    }

    public void addAdjustment() {
        adjustments.add(new AdjustmentForm());
    }

    public void removeAdjustment(AdjustmentForm adjustment) {
        adjustments.remove(adjustment);
    }

    /** Denies the line in one step: one adjustment of the whole charge (CO, with the CARC the adjuster picks). */
    public void denyInFull() {
        decision = LineDecision.DENIED;
        adjustments.clear();
        AdjustmentForm whole = new AdjustmentForm();
        whole.setGroup(AdjustmentGroup.CO);
        whole.setAmount(charge);
        adjustments.add(whole);
    }

    /** The sum of the adjustments typed so far (those without an amount count 0). */
    public BigDecimal getAdjusted() {
        return adjustments.stream().map(AdjustmentForm::getAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** What the line pays: its charge less every adjustment. */
    public BigDecimal getPaid() {
        return charge.subtract(getAdjusted()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** What the patient owes on the line: the PR adjustments. */
    public BigDecimal getPatientPays() {
        return adjustments.stream().filter(a -> a.getGroup() == AdjustmentGroup.PR).map(AdjustmentForm::getAmount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Why the desk would refuse the line's arithmetic as typed, in words; null when it holds. */
    public String getArithmeticProblem() {
        if (getPaid().signum() < 0) {
            return "The adjustments (" + getAdjusted().toPlainString() + ") exceed the charge ("
                    + charge.toPlainString() + "): lower them.";
        }
        if (decision == LineDecision.DENIED && getPaid().signum() != 0) {
            return "A denied line pays nothing: its adjustments must add up to the charge (" + charge.toPlainString()
                    + "); " + getPaid().toPlainString() + " is left.";
        }
        if (decision == LineDecision.REDUCED && getAdjusted().signum() == 0) {
            return "A reduced line needs at least one adjustment saying why and by how much.";
        }
        return null;
    }

    void clearError() {
        error = null;
        errorField = null;
    }

    void refuse(String message, String field) {
        error = message;
        errorField = field;
    }

    public int getSequence() {
        return sequence;
    }

    public String getProcedure() {
        return procedure;
    }

    public BigDecimal getCharge() {
        return charge;
    }

    public LineDecision getDecision() {
        return decision;
    }

    public void setDecision(LineDecision decision) {
        this.decision = decision;
    }

    public List<AdjustmentForm> getAdjustments() {
        return adjustments;
    }

    public String getError() {
        return error;
    }

    /** The desk's name for the field it refused (e.g. {@code lines[0].adjustments[1].amount}). */
    public String getErrorField() {
        return errorField;
    }
}
