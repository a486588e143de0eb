package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The decision on one service line (X12 835 SVC): what was charged, allowed and paid, and why the
 * rest was adjusted. On every line charge = paid + sum(adjustments) and patient responsibility =
 * sum(PR adjustments).
 */
@CordaSerializable
public final class LineAdjudication {

    private final int sequence;
    private final LineDecision decision;
    private final BigDecimal charge;
    private final BigDecimal allowed;
    private final BigDecimal paid;
    private final List<Adjustment> adjustments;
    private final BigDecimal patientResponsibility;
    private final List<String> firedRules;

    public LineAdjudication(
            int sequence,
            LineDecision decision,
            BigDecimal charge,
            BigDecimal allowed,
            BigDecimal paid,
            List<Adjustment> adjustments,
            BigDecimal patientResponsibility,
            List<String> firedRules) {
        this.sequence = sequence;
        this.decision = decision;
        this.charge = charge;
        this.allowed = allowed;
        this.paid = paid;
        this.adjustments = adjustments == null ? Collections.<Adjustment>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(adjustments));
        this.patientResponsibility = patientResponsibility;
        this.firedRules = firedRules == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(firedRules));
    }

    /** Sequence of the service line decided. */
    public int getSequence() { return sequence; }

    public LineDecision getDecision() { return decision; }

    public BigDecimal getCharge() { return charge; }

    public BigDecimal getAllowed() { return allowed; }

    public BigDecimal getPaid() { return paid; }

    public List<Adjustment> getAdjustments() { return adjustments; }

    public BigDecimal getPatientResponsibility() { return patientResponsibility; }

    /** Names of the rules that produced this decision, for replay and explanation. */
    public List<String> getFiredRules() { return firedRules; }

    public LineAdjudication withSequence(int sequence) {
        return new LineAdjudication(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    public LineAdjudication withDecision(LineDecision decision) {
        return new LineAdjudication(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    public LineAdjudication withCharge(BigDecimal charge) {
        return new LineAdjudication(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    public LineAdjudication withAllowed(BigDecimal allowed) {
        return new LineAdjudication(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    public LineAdjudication withPaid(BigDecimal paid) {
        return new LineAdjudication(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    public LineAdjudication withAdjustments(List<Adjustment> adjustments) {
        return new LineAdjudication(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    public LineAdjudication withPatientResponsibility(BigDecimal patientResponsibility) {
        return new LineAdjudication(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    public LineAdjudication withFiredRules(List<String> firedRules) {
        return new LineAdjudication(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof LineAdjudication)) return false;
        LineAdjudication that = (LineAdjudication) o;
        return sequence == that.sequence
                && Objects.equals(decision, that.decision)
                && Objects.equals(charge, that.charge)
                && Objects.equals(allowed, that.allowed)
                && Objects.equals(paid, that.paid)
                && Objects.equals(adjustments, that.adjustments)
                && Objects.equals(patientResponsibility, that.patientResponsibility)
                && Objects.equals(firedRules, that.firedRules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, decision, charge, allowed, paid, adjustments, patientResponsibility, firedRules);
    }

    @Override
    public String toString() {
        return "LineAdjudication(sequence=" + sequence
                + ", decision=" + decision
                + ", charge=" + charge
                + ", allowed=" + allowed
                + ", paid=" + paid
                + ", adjustments=" + adjustments
                + ", patientResponsibility=" + patientResponsibility
                + ", firedRules=" + firedRules + ")";
    }
}
