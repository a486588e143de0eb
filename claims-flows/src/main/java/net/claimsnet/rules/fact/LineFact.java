package net.claimsnet.rules.fact;

import net.claimsnet.rules.benefits.CostShare;
import net.claimsnet.rules.benefits.CostShareLine;
import net.claimsnet.rules.benefits.CostShareTerms;
import net.claimsnet.rules.model.GroupCode;
import net.claimsnet.rules.model.LineOutcome;
import net.claimsnet.rules.model.Money;
import net.claimsnet.rules.model.ServiceLineInput;
import net.claimsnet.rules.reference.MedicalNecessityPolicy;
import net.claimsnet.rules.reference.PlaceOfService;
import net.claimsnet.rules.reference.PlanBenefit;
import net.claimsnet.rules.reference.PriorAuthorizationRequirement;
import net.claimsnet.rules.reference.ProcedureCode;
import net.claimsnet.rules.reference.UnitCap;
import org.kie.api.definition.type.Modifies;
import org.kie.api.runtime.rule.RuleContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One service line as a fact: what was billed, the reference data that applies to it (null when there
 * is none), and what the rules decided. Decisions go through the methods below, which record the rule
 * that made each one; {@code @Modifies} tells the engine which properties a method changes when a
 * consequence calls it inside {@code modify} (deny and pend are; see config/rules/README.md).
 */
public final class LineFact {

    private final ClaimFact claim;
    private final int index;
    private final ServiceLineInput input;
    private final LineReference reference;

    private final List<String> rulesFired = new ArrayList<>(6);
    private final List<String> notes = new ArrayList<>(2);
    private LineOutcome decision;
    private GroupCode denialGroup;
    private String denialCarc;
    private String denialRarc;
    private BigDecimal allowed;
    private BigDecimal pricingPercent = Money.HUNDRED;
    private CostShareTerms costShareTerms;
    private CostShare costShare;

    LineFact(ClaimFact claim, int index, ServiceLineInput input, LineReference reference) {
        this.claim = claim;
        this.index = index;
        this.input = input;
        this.reference = reference;
    }

    // ---- where it is ----

    public ClaimFact getClaim() {
        return claim;
    }

    /** 0-based position, as in field paths. */
    public int getIndex() {
        return index;
    }

    /** 1-based line number, as on the claim form. */
    public int getNumber() {
        return index + 1;
    }

    /** The field path of one of this line's fields, e.g. {@code serviceLines[2].units}. */
    public String path(String field) {
        return "serviceLines[" + index + "]." + field;
    }

    // ---- what was billed ----

    public String getProcedureCode() {
        return input.procedureCode();
    }

    public boolean isProcedureCodeWellFormed() {
        return CodeFormats.isCptOrHcpcs(input.procedureCode());
    }

    public List<String> getModifiers() {
        return input.modifiers();
    }

    public int getModifierCount() {
        return input.modifiers().size();
    }

    public boolean hasModifier(String modifier) {
        return input.modifiers().contains(modifier);
    }

    public int getUnits() {
        return input.units();
    }

    /** The billed charge; zero when missing, so that arithmetic on a malformed line still balances. */
    public BigDecimal getCharge() {
        return input.charge() == null ? Money.ZERO : input.charge();
    }

    public boolean isChargePositive() {
        return Money.isPositive(input.charge());
    }

    public LocalDate getDateOfService() {
        return input.dateOfService();
    }

    public String getPlaceOfServiceCode() {
        return input.placeOfService();
    }

    public boolean isPlaceOfServiceWellFormed() {
        return CodeFormats.isPlaceOfService(input.placeOfService());
    }

    public List<Integer> getDiagnosisPointers() {
        return input.diagnosisPointers();
    }

    public int getPointerCount() {
        return input.diagnosisPointers().size();
    }

    /** Days from the date of service to the day the claim was received, or -1 without a date. */
    public long getDaysFromServiceToReceipt() {
        if (input.dateOfService() == null) {
            return -1;
        }
        return ChronoUnit.DAYS.between(input.dateOfService(), claim.getReceivedDate());
    }

    // ---- what applies to it ----

    public ProcedureCode getProcedure() {
        return reference.procedure();
    }

    /** The service category of a known procedure, else null. */
    public String getCategory() {
        return reference.procedure() == null ? null : reference.procedure().category();
    }

    public PlaceOfService getPlaceOfService() {
        return reference.placeOfService();
    }

    public boolean isEmergency() {
        return reference.placeOfService() != null && reference.placeOfService().emergency();
    }

    public UnitCap getUnitCap() {
        return reference.unitCap();
    }

    public BigDecimal getFeePerUnit() {
        return reference.feePerUnit();
    }

    public PriorAuthorizationRequirement getPriorAuthorization() {
        return reference.priorAuthorization();
    }

    public MedicalNecessityPolicy getNecessityPolicy() {
        return reference.necessityPolicy();
    }

    public PlanBenefit getBenefit() {
        return reference.benefit();
    }

    public List<String> getPointedDiagnosisCodes() {
        return reference.pointedDiagnosisCodes();
    }

    /** The first pointer that names no diagnosis on the claim (0 for an empty one), or null when all are valid. */
    public Integer getInvalidPointer() {
        return reference.invalidPointer();
    }

    public boolean isPointingTwiceToOneDiagnosis() {
        return reference.repeatedPointer();
    }

    public boolean isAllPointedDiagnosesMinor() {
        return reference.allPointedDiagnosesMinor();
    }

    /** The first modifier the payer does not recognise, or null. */
    public String getUnknownModifier() {
        return reference.unknownModifier();
    }

    public boolean isDistinctServiceModifier() {
        return reference.distinctServiceModifier();
    }

    public boolean isRepeatServiceModifier() {
        return reference.repeatServiceModifier();
    }

    /** The combined payment percentage of the line's modifiers (150 for bilateral), 100 when none applies. */
    public BigDecimal getModifierPaymentPercent() {
        return reference.modifierPaymentPercent();
    }

    public String getDuplicateOfClaimId() {
        return reference.duplicateOfClaimId();
    }

    /** Which visit of the plan year this line's category and date is for the member (0 without a limit). */
    public int getVisitOrdinal() {
        return reference.visitOrdinal();
    }

    /** Patient's age in whole years on the date of service, or -1 when unknown. */
    public int getPatientAge() {
        return reference.patientAge();
    }

    // ---- what the rules decided ----

    public LineOutcome getDecision() {
        return decision;
    }

    /** Neither denied nor pended yet. */
    public boolean isOpen() {
        return decision == null;
    }

    public BigDecimal getAllowed() {
        return allowed;
    }

    public BigDecimal getPricingPercent() {
        return pricingPercent;
    }

    public CostShareTerms getCostShareTerms() {
        return costShareTerms;
    }

    public CostShare getCostShare() {
        return costShare;
    }

    public GroupCode getDenialGroup() {
        return denialGroup;
    }

    public String getDenialCarc() {
        return denialCarc;
    }

    public String getDenialRarc() {
        return denialRarc;
    }

    public List<String> getRulesFired() {
        return rulesFired;
    }

    public List<String> getNotes() {
        return notes;
    }

    /** Denies the whole charge under one adjustment code. */
    @Modifies({"open", "decision"})
    public void deny(RuleContext rule, GroupCode group, String carc, String rarc, String note) {
        fired(rule, note);
        decision = LineOutcome.DENIED;
        denialGroup = group;
        denialCarc = carc;
        denialRarc = rarc;
    }

    /** Holds the line for an adjuster; nothing is paid until one decides. */
    @Modifies({"open", "decision"})
    public void pend(RuleContext rule, String note) {
        fired(rule, note);
        decision = LineOutcome.PENDED;
    }

    /** Scales the fee schedule before pricing (modifiers, network); percentages multiply. */
    @Modifies("pricingPercent")
    public void scalePricing(RuleContext rule, BigDecimal percent, String note) {
        fired(rule, note);
        pricingPercent = pricingPercent.multiply(percent).movePointLeft(2);
    }

    /**
     * Allows fee per unit x units x the modifier and network percents (rounded to cents), never more than
     * billed. Only for lines with a fee: the pricing rules check {@code feePerUnit != null}.
     */
    @Modifies("allowed")
    public void priceAt(RuleContext rule, BigDecimal networkPercent, String note) {
        fired(rule, note);
        BigDecimal scheduled = reference.feePerUnit().multiply(BigDecimal.valueOf(input.units()));
        BigDecimal percent = pricingPercent.multiply(networkPercent).movePointLeft(2);
        allowed = Money.min(getCharge(), Money.percentOf(scheduled, percent));
    }

    /** Sets the deductible, copay and coinsurance terms the cost-sharing arithmetic will apply to this line. */
    @Modifies("costShareTerms")
    public void shareCost(RuleContext rule, CostShareTerms terms) {
        fired(rule, null);
        costShareTerms = terms;
    }

    CostShareLine toCostShareLine() {
        PlanBenefit benefit = reference.benefit();
        return new CostShareLine(allowed, costShareTerms, getCategory(), input.dateOfService(),
                benefit == null ? null : benefit.annualMaximum());
    }

    void settle(RuleContext rule, CostShare share) {
        rulesFired.add(rule.getRule().getName());
        costShare = share;
        if (!share.limitedByBenefitMaximum()) {
            decision = LineOutcome.APPROVED;
        } else {
            decision = share.paid().signum() > 0 ? LineOutcome.REDUCED : LineOutcome.DENIED;
            notes.add("The plan's yearly maximum for " + getCategory() + " was reached on this line.");
        }
    }

    private void fired(RuleContext rule, String note) {
        rulesFired.add(rule.getRule().getName());
        if (note != null) {
            notes.add(note);
        }
    }

    @Override
    public String toString() {
        return "Line " + getNumber() + " " + input.procedureCode();
    }
}
