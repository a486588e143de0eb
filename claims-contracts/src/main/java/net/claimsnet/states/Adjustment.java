package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One claim adjustment (X12 CAS): a group code, a reason code (CARC), an optional remark code
 * (RARC) and the amount adjusted.
 */
@CordaSerializable
public final class Adjustment {

    private final AdjustmentGroup group;
    private final String carc;
    private final String rarc;
    private final BigDecimal amount;

    public Adjustment(
            AdjustmentGroup group,
            String carc,
            String rarc,
            BigDecimal amount) {
        this.group = group;
        this.carc = carc;
        this.rarc = rarc;
        this.amount = amount;
    }

    public AdjustmentGroup getGroup() { return group; }

    /** Claim adjustment reason code, e.g. "45" (fee schedule) or "1" (deductible). */
    public String getCarc() { return carc; }

    /** Remittance advice remark code; nullable. */
    public String getRarc() { return rarc; }

    public BigDecimal getAmount() { return amount; }

    public Adjustment withGroup(AdjustmentGroup group) {
        return new Adjustment(group, carc, rarc, amount);
    }

    public Adjustment withCarc(String carc) {
        return new Adjustment(group, carc, rarc, amount);
    }

    public Adjustment withRarc(String rarc) {
        return new Adjustment(group, carc, rarc, amount);
    }

    public Adjustment withAmount(BigDecimal amount) {
        return new Adjustment(group, carc, rarc, amount);
    }

    public static Adjustment of(AdjustmentGroup group, String carc, BigDecimal amount) {
        return new Adjustment(group, carc, null, amount);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Adjustment)) return false;
        Adjustment that = (Adjustment) o;
        return Objects.equals(group, that.group)
                && Objects.equals(carc, that.carc)
                && Objects.equals(rarc, that.rarc)
                && Objects.equals(amount, that.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, carc, rarc, amount);
    }

    @Override
    public String toString() {
        return "Adjustment(group=" + group
                + ", carc=" + carc
                + ", rarc=" + rarc
                + ", amount=" + amount + ")";
    }
}
