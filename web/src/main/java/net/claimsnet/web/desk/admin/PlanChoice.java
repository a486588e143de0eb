package net.claimsnet.web.desk.admin;

import net.claimsnet.rules.reference.Plan;

import java.io.Serializable;
import java.math.BigDecimal;

/** One of the insurer's plans as the enrolment page offers it (plans are records, which EL cannot read on Payara 6). */
public final class PlanChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String planId;
    private final String name;
    private final BigDecimal deductible;
    private final BigDecimal outOfPocketMax;

    PlanChoice(Plan plan) {
        this.planId = plan.planId();
        this.name = plan.name();
        this.deductible = plan.deductible();
        this.outOfPocketMax = plan.outOfPocketMax();
    }

    public String getPlanId() {
        return planId;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getDeductible() {
        return deductible;
    }

    public BigDecimal getOutOfPocketMax() {
        return outOfPocketMax;
    }

    /** "Acme PPO Gold (ACME-PPO-GOLD)", for the plan picker. */
    public String getLabel() {
        return name + " (" + planId + ")";
    }
}
