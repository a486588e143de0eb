package net.claimsnet.rules.fact;

import net.claimsnet.rules.benefits.CostShareLine;
import net.claimsnet.rules.benefits.CostSharingCalculator;
import net.claimsnet.rules.benefits.CostSharingResult;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.states.ClaimType;
import net.claimsnet.rules.model.Coverage;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.rules.model.LineOutcome;
import net.claimsnet.rules.model.OutcomeReason;
import net.claimsnet.rules.model.ServiceLineInput;
import net.claimsnet.states.Sex;
import net.claimsnet.rules.reference.Plan;
import net.claimsnet.rules.reference.WatchlistedProvider;
import org.kie.api.definition.type.Modifies;
import org.kie.api.runtime.rule.RuleContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim header as a fact: the billed fields, the plan, coverage and watch-list entry that apply
 * (null when there is none), its lines, and the claim-level decisions the rules record.
 */
public final class ClaimFact {

    private final ClaimInput input;
    private final LocalDate receivedDate;
    private final Plan plan;
    private final Coverage coverage;
    private final WatchlistedProvider watchlistEntry;
    private final BenefitAccumulators accumulatorsBefore;
    private final int patientAgeAtFirstService;
    private final List<LineFact> lines = new ArrayList<>();

    private final List<String> rulesFired = new ArrayList<>(4);
    private final List<OutcomeReason> reviewReasons = new ArrayList<>(2);
    private BenefitAccumulators accumulatorsAfter;
    private boolean costSharingApplied;
    private ClaimOutcome outcome;

    /**
     * @param receivedDate the day the payer received the claim (for scrubbing: the day it would be submitted)
     */
    public ClaimFact(ClaimInput input, LocalDate receivedDate, Plan plan, Coverage coverage,
                     WatchlistedProvider watchlistEntry, BenefitAccumulators accumulatorsBefore,
                     int patientAgeAtFirstService) {
        this.input = input;
        this.receivedDate = receivedDate;
        this.plan = plan;
        this.coverage = coverage;
        this.watchlistEntry = watchlistEntry;
        this.accumulatorsBefore = accumulatorsBefore;
        this.accumulatorsAfter = accumulatorsBefore;
        this.patientAgeAtFirstService = patientAgeAtFirstService;
    }

    /** Adds the next service line, with what the reference data says about it. */
    public LineFact addLine(ServiceLineInput line, LineReference reference) {
        LineFact fact = new LineFact(this, lines.size(), line, reference);
        lines.add(fact);
        return fact;
    }

    // ---- what was billed ----

    public String getClaimId() {
        return input.claimId();
    }

    public ClaimType getClaimType() {
        return input.claimType();
    }

    public String getMemberId() {
        return input.memberId();
    }

    public LocalDate getPatientBirthDate() {
        return input.patientBirthDate();
    }

    public Sex getPatientSex() {
        return input.patientSex();
    }

    public String getBillingProviderNpi() {
        return input.billingProviderNpi();
    }

    public boolean isBillingProviderNpiValid() {
        return CodeFormats.isNpi(input.billingProviderNpi());
    }

    public boolean isProviderInNetwork() {
        return input.providerInNetwork();
    }

    public String getPayerId() {
        return input.payerId();
    }

    public String getPlanId() {
        return input.planId();
    }

    public List<String> getDiagnosisCodes() {
        return input.diagnosisCodes();
    }

    public int getDiagnosisCount() {
        return input.diagnosisCodes().size();
    }

    public String getPriorAuthorizationNumber() {
        return input.priorAuthorizationNumber();
    }

    public FrequencyCode getFrequencyCode() {
        return input.frequencyCode();
    }

    public String getOriginalClaimId() {
        return input.originalClaimId();
    }

    public BigDecimal getTotalCharge() {
        return input.totalCharge();
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    /** Age in whole years on the earliest date of service, or -1 when birth date or dates are missing. */
    public int getPatientAgeAtFirstService() {
        return patientAgeAtFirstService;
    }

    // ---- what applies to it ----

    public Plan getPlan() {
        return plan;
    }

    public Coverage getCoverage() {
        return coverage;
    }

    public WatchlistedProvider getWatchlistEntry() {
        return watchlistEntry;
    }

    public BenefitAccumulators getAccumulatorsBefore() {
        return accumulatorsBefore;
    }

    public List<LineFact> getLines() {
        return lines;
    }

    public int getLineCount() {
        return lines.size();
    }

    // ---- what the rules decided ----

    public List<String> getRulesFired() {
        return rulesFired;
    }

    public List<OutcomeReason> getReviewReasons() {
        return reviewReasons;
    }

    public boolean isHeldForReview() {
        return !reviewReasons.isEmpty();
    }

    public BenefitAccumulators getAccumulatorsAfter() {
        return accumulatorsAfter;
    }

    public boolean isCostSharingApplied() {
        return costSharingApplied;
    }

    public ClaimOutcome getOutcome() {
        return outcome;
    }

    public int getPendedLineCount() {
        return count(LineOutcome.PENDED);
    }

    public int getDeniedLineCount() {
        return count(LineOutcome.DENIED);
    }

    public int getReducedLineCount() {
        return count(LineOutcome.REDUCED);
    }

    public int getApprovedLineCount() {
        return count(LineOutcome.APPROVED);
    }

    private int count(LineOutcome decision) {
        int n = 0;
        for (LineFact line : lines) {
            if (line.getDecision() == decision) {
                n++;
            }
        }
        return n;
    }

    /** Sends the whole claim to an adjuster; the lines keep their provisional adjudication. */
    @Modifies({"heldForReview", "reviewReasons"})
    public void holdForReview(RuleContext rule, String message) {
        rulesFired.add(rule.getRule().getName());
        reviewReasons.add(new OutcomeReason("REVIEW", message));
    }

    /**
     * Runs the cost-sharing arithmetic over the open lines that have an allowed amount and cost-sharing
     * terms, in claim order, and records the decisions and accumulators that result.
     */
    @Modifies({"costSharingApplied", "accumulatorsAfter", "approvedLineCount", "reducedLineCount",
            "deniedLineCount", "pendedLineCount"})
    public void applyCostSharing(RuleContext rule) {
        rulesFired.add(rule.getRule().getName());
        costSharingApplied = true;
        List<LineFact> priced = new ArrayList<>(lines.size());
        List<CostShareLine> inputs = new ArrayList<>(lines.size());
        for (LineFact line : lines) {
            // A line the rules left unpriced or without terms stays undecided: the result pends it.
            if (line.isOpen() && line.getAllowed() != null && line.getCostShareTerms() != null) {
                priced.add(line);
                inputs.add(line.toCostShareLine());
            }
        }
        if (priced.isEmpty()) {
            // Every line was denied or pended: nothing to share, the accumulators stay as they were.
            return;
        }
        CostSharingResult result = new CostSharingCalculator(plan.deductible(), plan.outOfPocketMax())
                .apply(accumulatorsBefore, inputs);
        for (int i = 0; i < priced.size(); i++) {
            priced.get(i).settle(rule, result.lines().get(i));
        }
        accumulatorsAfter = result.accumulatorsAfter();
    }

    @Modifies("outcome")
    public void decide(RuleContext rule, ClaimOutcome outcome) {
        rulesFired.add(rule.getRule().getName());
        this.outcome = outcome;
    }

    @Override
    public String toString() {
        return "Claim " + input.claimId();
    }
}
