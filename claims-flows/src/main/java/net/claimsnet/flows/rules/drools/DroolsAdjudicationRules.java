package net.claimsnet.flows.rules.drools;

import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.rules.AdjudicationDecision;
import net.claimsnet.flows.rules.AdjudicationRulesPort;
import net.claimsnet.rules.ClaimAdjudicator;
import net.claimsnet.rules.model.AdjudicationRequest;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.ExplainedAdjustment;
import net.claimsnet.rules.model.LineOutcome;
import net.claimsnet.rules.model.LineResult;
import net.claimsnet.rules.model.OutcomeReason;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.PendReason;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.ServiceLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link AdjudicationRulesPort} on the Drools adjudicator ({@code config/rules/adjudicate}).
 *
 * <p>The claim, the coverage (member, plan, period) and the accumulator go to the rules; the
 * result comes back as the ledger's {@link Adjudication} (decided by {@value #DECIDED_BY}, round
 * one more than the claim's previous one) and the accumulator after it. The accumulator's new met
 * values are derived from the ledger adjudication's own totals (PR-1 for the deductible, all PR
 * for the out-of-pocket), less the previous adjudication's on a re-adjudication, which is what
 * {@code ClaimContract} checks. The rules see the accumulator without the claim's previous
 * contribution. Nothing is clamped: where the rules' numbers disagree with what the contract
 * requires, {@link RulesMismatchException} names the claim and the difference.
 *
 * <p>A result the rules pend (manual review) becomes {@link AdjudicationDecision#pended(String)}
 * with the rules' reasons.
 *
 * <p>Not mapped: the rules' per-category benefit paid (the ledger accumulator has no place for it,
 * so annual benefit maximums start from zero on every claim), and on a re-adjudication the visits
 * used stay as they were (the ledger does not record which visits the earlier decision counted).
 */
public final class DroolsAdjudicationRules implements AdjudicationRulesPort {

    public static final String DECIDED_BY = "rules";

    private final ClaimAdjudicator adjudicator;
    private final Clock clock;
    private final Predicate<String> inNetwork;

    /**
     * @param clock     gives the date the claim counts as received (timely filing)
     * @param inNetwork whether a billing provider (NPI) is in the payer's network
     */
    public DroolsAdjudicationRules(ClaimAdjudicator adjudicator, Clock clock, Predicate<String> inNetwork) {
        this.adjudicator = Objects.requireNonNull(adjudicator, "adjudicator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.inNetwork = Objects.requireNonNull(inNetwork, "inNetwork");
    }

    /** Every billing provider in network. */
    public DroolsAdjudicationRules(ClaimAdjudicator adjudicator, Clock clock) {
        this(adjudicator, clock, npi -> true);
    }

    /** The rules' numbers cannot be recorded as the contract requires; the claim needs an adjuster. */
    public static final class RulesMismatchException extends FlowException {
        public RulesMismatchException(String message) {
            super(message);
        }
    }

    @Override
    public AdjudicationDecision adjudicate(ClaimState claim, CoverageState coverage, BenefitAccumulatorState accumulator) {
        String claimId = claim.getClaim().getClaimId();
        Adjudication previous = claim.getAdjudication();
        BigDecimal previousDeductible = previous == null ? zero() : previous.totalDeductible();
        BigDecimal previousPatient = previous == null ? zero() : previous.totalPatientResponsibility();

        AdjudicationRequest request = new AdjudicationRequest(
                RuleInputs.claim(claim.getClaim(), coverage.getPlanId(),
                        inNetwork.test(claim.getClaim().getBillingProviderNpi())),
                RuleInputs.coverage(coverage),
                RuleInputs.accumulatorsBefore(accumulator, previousDeductible, previousPatient),
                LocalDate.now(clock));
        AdjudicationResult result = adjudicator.adjudicate(request);

        if (result.outcome() == ClaimOutcome.PENDED) {
            return AdjudicationDecision.pended(pendReason(result), ledgerPendReason(result));
        }
        Adjudication adjudication = toLedger(claimId, claim.getClaim().getServiceLines(), result,
                previous == null ? 1 : previous.getRound() + 1);

        BigDecimal deductibleDelta = adjudication.totalDeductible().subtract(previousDeductible);
        BigDecimal outOfPocketDelta = adjudication.totalPatientResponsibility().subtract(previousPatient);
        BenefitAccumulatorState after = accumulator.plus(deductibleDelta, outOfPocketDelta);
        BenefitAccumulators rulesAfter = result.accumulatorsAfter();
        if (rulesAfter == null) {
            throw mismatch(claimId, "the rules returned no accumulators");
        }
        if (rulesAfter.deductibleMet().compareTo(after.getDeductibleMet()) != 0) {
            throw mismatch(claimId, "the rules put the deductible met at " + rulesAfter.deductibleMet()
                    + " but the adjudication's PR-1 total makes it " + after.getDeductibleMet());
        }
        if (rulesAfter.outOfPocketMet().compareTo(after.getOutOfPocketMet()) != 0) {
            throw mismatch(claimId, "the rules put the out-of-pocket met at " + rulesAfter.outOfPocketMet()
                    + " but the adjudication's patient responsibility makes it " + after.getOutOfPocketMet());
        }
        if (after.getDeductibleMet().signum() < 0 || after.getDeductibleMet().compareTo(after.getDeductibleLimit()) > 0) {
            throw mismatch(claimId, "the deductible met would be " + after.getDeductibleMet()
                    + ", outside 0.." + after.getDeductibleLimit() + " (the plan's rules and the accumulator's limit disagree)");
        }
        if (after.getOutOfPocketMet().signum() < 0 || after.getOutOfPocketMet().compareTo(after.getOutOfPocketLimit()) > 0) {
            throw mismatch(claimId, "the out-of-pocket met would be " + after.getOutOfPocketMet()
                    + ", outside 0.." + after.getOutOfPocketLimit() + " (the plan's rules and the accumulator's limit disagree)");
        }
        if (previous == null) {
            after = after.withVisitsUsed(rulesAfter.visitsUsed());
            for (Map.Entry<String, Integer> used : after.getVisitsUsed().entrySet()) {
                Integer limit = after.getVisitLimits().get(used.getKey());
                if (limit != null && used.getValue() > limit) {
                    throw mismatch(claimId, used.getValue() + " " + used.getKey() + " visits would exceed the limit of " + limit);
                }
            }
        }
        return AdjudicationDecision.decided(adjudication, after);
    }

    private static Adjudication toLedger(String claimId, List<ServiceLine> serviceLines, AdjudicationResult result, int round) {
        if (result.lines().size() != serviceLines.size()) {
            throw mismatch(claimId, "the rules decided " + result.lines().size() + " lines of "
                    + serviceLines.size());
        }
        if (result.ruleSetVersion() == null || result.ruleSetVersion().isBlank()) {
            throw mismatch(claimId, "the rules reported no rule set version");
        }
        List<LineAdjudication> lines = new ArrayList<>(serviceLines.size());
        for (int i = 0; i < serviceLines.size(); i++) {
            lines.add(toLedger(claimId, serviceLines.get(i), result.lines().get(i), result.claimRulesFired()));
        }
        String rulesLinesOutcome = outcomeOf(result.lines().stream()
                .map(l -> LineDecision.valueOf(l.decision().name())).collect(Collectors.toList())).name();
        if (!rulesLinesOutcome.equals(result.outcome().name())) {
            throw mismatch(claimId, "the rules' outcome " + result.outcome() + " does not agree with their line decisions ("
                    + rulesLinesOutcome + ")");
        }
        // Lines may have been renamed APPROVED/REDUCED to the contract's meaning; the outcome follows the lines.
        AdjudicationOutcome outcome = outcomeOf(lines.stream().map(LineAdjudication::getDecision).collect(Collectors.toList()));
        return new Adjudication(lines, outcome, result.ruleSetVersion(), DECIDED_BY, round);
    }

    private static LineAdjudication toLedger(String claimId, ServiceLine serviceLine, LineResult line,
                                             List<String> claimRulesFired) {
        String where = "line " + serviceLine.getSequence() + ": ";
        if (line.decision() == LineOutcome.PENDED) {
            throw mismatch(claimId, where + "the rules pended the line but decided the claim " + "as a whole");
        }
        if (line.charge().compareTo(serviceLine.getCharge()) != 0) {
            throw mismatch(claimId, where + "the rules' charge " + line.charge() + " is not the billed "
                    + serviceLine.getCharge());
        }
        List<Adjustment> adjustments = new ArrayList<>(line.adjustments().size());
        BigDecimal adjusted = zero();
        BigDecimal patient = zero();
        boolean onlyWriteOffAndPatient = true;
        for (ExplainedAdjustment adjustment : line.adjustments()) {
            AdjustmentGroup group = AdjustmentGroup.valueOf(adjustment.group().name());
            BigDecimal amount = cents(claimId, where, adjustment.amount());
            adjustments.add(new Adjustment(group, adjustment.carc(), adjustment.rarc(), amount));
            adjusted = adjusted.add(amount);
            if (group == AdjustmentGroup.PR) {
                patient = patient.add(amount);
            } else if (!(group == AdjustmentGroup.CO && "45".equals(adjustment.carc())) && amount.signum() > 0) {
                onlyWriteOffAndPatient = false;
            }
        }
        BigDecimal charge = serviceLine.getCharge();
        BigDecimal allowed = cents(claimId, where, line.allowed());
        BigDecimal paid = cents(claimId, where, line.paid());
        BigDecimal patientResponsibility = cents(claimId, where, line.patientResponsibility());
        if (charge.compareTo(paid.add(adjusted)) != 0) {
            throw mismatch(claimId, where + "charge " + charge + " is not paid " + paid + " plus adjustments " + adjusted);
        }
        if (patientResponsibility.compareTo(patient) != 0) {
            throw mismatch(claimId, where + "patient responsibility " + patientResponsibility
                    + " is not the PR adjustments' " + patient);
        }
        if (paid.signum() < 0 || paid.compareTo(allowed) > 0 || allowed.compareTo(charge) > 0) {
            throw mismatch(claimId, where + "paid " + paid + ", allowed " + allowed + " and charge " + charge
                    + " are not in order");
        }
        LineDecision decision = LineDecision.valueOf(line.decision().name());
        if (decision == LineDecision.DENIED && paid.signum() != 0) {
            throw mismatch(claimId, where + "a denied line pays " + paid);
        }
        if (decision == LineDecision.APPROVED && !onlyWriteOffAndPatient) {
            // The contract calls a line with any other reduction REDUCED; the amounts stay the rules'.
            decision = LineDecision.REDUCED;
        }
        if (decision == LineDecision.REDUCED && onlyWriteOffAndPatient) {
            // Reduced by the fee schedule and the member's share only: that is what the contract calls APPROVED.
            decision = LineDecision.APPROVED;
        }
        Set<String> fired = new LinkedHashSet<>(line.rulesFired());
        fired.addAll(claimRulesFired);
        return new LineAdjudication(serviceLine.getSequence(), decision, charge, allowed, paid, adjustments,
                patientResponsibility, new ArrayList<>(fired));
    }

    private static AdjudicationOutcome outcomeOf(List<LineDecision> decisions) {
        boolean allDenied = decisions.stream().allMatch(d -> d == LineDecision.DENIED);
        boolean allApproved = decisions.stream().allMatch(d -> d == LineDecision.APPROVED);
        if (allDenied) {
            return AdjudicationOutcome.DENIED;
        }
        return allApproved ? AdjudicationOutcome.APPROVED : AdjudicationOutcome.PARTIALLY_APPROVED;
    }

    private static String pendReason(AdjudicationResult result) {
        String reasons = result.reasons().stream().map(OutcomeReason::message).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining("; "));
        return reasons.isEmpty() ? "The rules ask for manual review." : reasons;
    }

    /**
     * What the ledger records of a pend: the reasons' codes (REVIEW for a claim held as a whole,
     * OA-133 for a line pending review, ...) and a note naming the rule set; the rules' messages,
     * which quote the claim, stay with the insurer.
     */
    private static PendReason ledgerPendReason(AdjudicationResult result) {
        List<String> codes = result.reasons().stream().map(OutcomeReason::code).filter(Objects::nonNull)
                .filter(code -> !code.isBlank()).distinct().collect(Collectors.toList());
        return new PendReason(codes.isEmpty() ? List.of(PendReason.REVIEW) : codes,
                "Held for an adjuster by the adjudication rules (rule set " + result.ruleSetVersion() + ").");
    }

    private static BigDecimal cents(String claimId, String where, BigDecimal amount) {
        if (amount == null) {
            throw mismatch(claimId, where + "the rules left an amount empty");
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw mismatch(claimId, where + "amount " + amount + " is not in whole cents");
        }
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static RulesMismatchException mismatch(String claimId, String what) {
        return new RulesMismatchException("Claim " + claimId + " cannot be adjudicated by the rules as the contract requires: "
                + what);
    }
}
