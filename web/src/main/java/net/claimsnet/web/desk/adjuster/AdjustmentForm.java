package net.claimsnet.web.desk.adjuster;

import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;

import java.io.Serializable;
import java.math.BigDecimal;

/** One adjustment row of a line's decision as the adjuster types it: group, CARC, optional RARC, amount. */
public final class AdjustmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private AdjustmentGroup group = AdjustmentGroup.CO;
    private String carc;
    private String rarc;
    private BigDecimal amount;

    static AdjustmentForm of(Adjustment adjustment) {
        AdjustmentForm form = new AdjustmentForm();
        form.group = adjustment.getGroup();
        form.carc = adjustment.getCarc();
        form.rarc = adjustment.getRarc();
        form.amount = adjustment.getAmount();
        return form;
    }

    /** The adjustment for the desk; what is missing stays missing, so that the desk names the field. */
    Adjustment toAdjustment() {
        return new Adjustment(group, codeIn(carc), codeIn(rarc), amount);
    }

    /**
     * The code of a picker's value: the picker offers "45 — words", and the adjuster may type just "45".
     */
    static String codeIn(String picked) {
        if (picked == null || picked.isBlank()) {
            return null;
        }
        String trimmed = picked.trim();
        int words = trimmed.indexOf(' ');
        return words < 0 ? trimmed : trimmed.substring(0, words);
    }

    public AdjustmentGroup getGroup() {
        return group;
    }

    public void setGroup(AdjustmentGroup group) {
        this.group = group;
    }

    public String getCarc() {
        return carc;
    }

    public void setCarc(String carc) {
        this.carc = carc;
    }

    public String getRarc() {
        return rarc;
    }

    public void setRarc(String rarc) {
        this.rarc = rarc;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
