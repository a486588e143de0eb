package net.claimsnet.rules.drools;

import net.claimsnet.rules.benefits.CostShare;
import net.claimsnet.rules.fact.ClaimFact;
import net.claimsnet.rules.fact.LineFact;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.ExplainedAdjustment;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.GroupCode;
import net.claimsnet.rules.model.LineOutcome;
import net.claimsnet.rules.model.LineResult;
import net.claimsnet.rules.model.Money;
import net.claimsnet.rules.model.OutcomeReason;
import net.claimsnet.rules.reference.ReferenceData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the decided facts into the result: per line, adjustments that account for every cent of the
 * charge (charge = paid + adjustments), and the claim outcome with its reasons in words.
 */
final class AdjudicationResultAssembler {

    static final String PENDING_REVIEW_CARC = "133";
    private static final String NO_DECISION = "No rule decided this line; it waits for an adjuster.";

    private final ReferenceData reference;

    AdjudicationResultAssembler(ReferenceData reference) {
        this.reference = reference;
    }

    AdjudicationResult toResult(ClaimFact claim, String ruleSetVersion) {
        List<LineResult> lines = new ArrayList<>(claim.getLineCount());
        boolean undecidedLine = false;
        for (LineFact line : claim.getLines()) {
            LineResult result = toResult(line);
            undecidedLine |= line.getDecision() == null;
            lines.add(result);
        }
        ClaimOutcome outcome = claim.getOutcome();
        List<OutcomeReason> reasons = new ArrayList<>(claim.getReviewReasons());
        if (outcome == null || undecidedLine) {
            // A rule set that leaves something undecided must not move money: an adjuster decides.
            outcome = ClaimOutcome.PENDED;
            reasons.add(new OutcomeReason("REVIEW", "The rules left part of this claim undecided."));
        }
        reasons.addAll(lineReasons(lines, outcome));
        return new AdjudicationResult(claim.getClaimId(), outcome, reasons, lines, claim.getAccumulatorsAfter(),
                claim.getRulesFired(), ruleSetVersion);
    }

    private LineResult toResult(LineFact line) {
        BigDecimal charge = line.getCharge();
        List<ExplainedAdjustment> adjustments = new ArrayList<>(4);
        BigDecimal allowed = Money.ZERO;
        BigDecimal paid = Money.ZERO;
        LineOutcome decision = line.getDecision();
        List<String> notes = new ArrayList<>(line.getNotes());
        CostShare share = line.getCostShare();

        if (share != null) {
            allowed = line.getAllowed();
            paid = share.paid();
            add(adjustments, GroupCode.CO, "45", null, charge.subtract(allowed));
            add(adjustments, GroupCode.PR, "1", null, share.deductible());
            add(adjustments, GroupCode.PR, "3", null, share.copay());
            add(adjustments, GroupCode.PR, "2", null, share.coinsurance());
            add(adjustments, GroupCode.PR, "119", null, share.overBenefitMaximum());
        } else if (decision == LineOutcome.DENIED) {
            add(adjustments, line.getDenialGroup(), line.getDenialCarc(), line.getDenialRarc(), charge);
        } else {
            if (decision == null) {
                decision = LineOutcome.PENDED;
                notes.add(NO_DECISION);
            }
            add(adjustments, GroupCode.OA, PENDING_REVIEW_CARC, null, charge);
        }
        BigDecimal patientResponsibility = adjustments.stream().filter(a -> a.group() == GroupCode.PR)
                .map(ExplainedAdjustment::amount).reduce(Money.ZERO, BigDecimal::add);
        return new LineResult(line.getNumber(), line.getProcedureCode(), charge, allowed, paid, adjustments,
                patientResponsibility, decision, line.getRulesFired(), notes);
    }

    private void add(List<ExplainedAdjustment> adjustments, GroupCode group, String carc, String rarc, BigDecimal amount) {
        if (amount.signum() > 0) {
            adjustments.add(new ExplainedAdjustment(group, carc, rarc, amount, describe(carc, rarc)));
        }
    }

    private String describe(String carc, String rarc) {
        String text = reference.reasonText("CARC", carc);
        return rarc == null ? text : text + " " + reference.reasonText("RARC", rarc);
    }

    /** Distinct denial and pend reasons of the lines, in line order, for a claim that is not simply approved. */
    private List<OutcomeReason> lineReasons(List<LineResult> lines, ClaimOutcome outcome) {
        if (outcome == ClaimOutcome.APPROVED) {
            return List.of();
        }
        Map<String, OutcomeReason> reasons = new LinkedHashMap<>();
        for (LineResult line : lines) {
            for (ExplainedAdjustment adjustment : line.adjustments()) {
                boolean explainsLoss = switch (line.decision()) {
                    case DENIED, PENDED -> true;
                    case REDUCED -> adjustment.carc().equals("119");
                    case APPROVED -> false;
                };
                boolean ordinary = adjustment.group() == GroupCode.CO && adjustment.carc().equals("45")
                        || adjustment.group() == GroupCode.PR && List.of("1", "2", "3").contains(adjustment.carc());
                if (explainsLoss && !ordinary) {
                    String note = line.notes().isEmpty() ? adjustment.description() : line.notes().get(0);
                    reasons.putIfAbsent(adjustment.code() + "|" + line.lineNumber(), new OutcomeReason(
                            adjustment.code(), "Line " + line.lineNumber() + ": " + note));
                }
            }
        }
        return new ArrayList<>(reasons.values());
    }
}
