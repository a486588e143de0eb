package net.claimsnet.node.desk;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.ServiceLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds an adjudication from an adjuster's line decisions, checking each before any flow runs. */
final class AdjusterDecisions {

    private AdjusterDecisions() {
    }

    static Adjudication adjudication(ClaimDetails claim, List<LineDecisionInput> decisions, String adjuster,
                                     String ruleSet) {
        List<LineAdjudication> lines = new ArrayList<>();
        Set<Integer> decided = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            LineDecisionInput input = decisions.get(i);
            String at = "lines[" + i + "]";
            if (input == null) {
                throw new InvalidDeskInputException(at, at + " is empty");
            }
            ServiceLine line = claim.getServiceLines().stream().filter(l -> l.getSequence() == input.sequence())
                    .findFirst().orElseThrow(() -> new InvalidDeskInputException(at + ".sequence",
                            "The claim has no service line " + input.sequence()));
            if (!decided.add(input.sequence())) {
                throw new InvalidDeskInputException(at + ".sequence", "Line " + input.sequence() + " is decided twice");
            }
            if (input.decision() == null) {
                throw new InvalidDeskInputException(at + ".decision", "A decision (APPROVED, REDUCED or DENIED) is required on line "
                        + input.sequence());
            }
            lines.add(line(line, input, at, adjuster));
        }
        for (ServiceLine line : claim.getServiceLines()) {
            if (!decided.contains(line.getSequence())) {
                throw new InvalidDeskInputException("lines", "Line " + line.getSequence() + " has no decision");
            }
        }
        lines.sort(Comparator.comparingInt(LineAdjudication::getSequence));
        return new Adjudication(lines, outcomeOf(lines), ruleSet, adjuster, 0);
    }

    private static LineAdjudication line(ServiceLine line, LineDecisionInput input, String at, String adjuster) {
        BigDecimal adjusted = BigDecimal.ZERO.setScale(2);
        BigDecimal patient = BigDecimal.ZERO.setScale(2);
        List<Adjustment> inCents = new ArrayList<>();
        for (int j = 0; j < input.adjustments().size(); j++) {
            Adjustment adjustment = input.adjustments().get(j);
            String field = at + ".adjustments[" + j + "]";
            if (adjustment == null) {
                throw new InvalidDeskInputException(field, field + " is empty");
            }
            if (adjustment.getGroup() == null) {
                throw new InvalidDeskInputException(field + ".group", "A group code (CO, PR, OA or PI) is required");
            }
            if (adjustment.getCarc() == null || adjustment.getCarc().isBlank()) {
                throw new InvalidDeskInputException(field + ".carc", "A reason code (CARC) is required");
            }
            BigDecimal amount = adjustment.getAmount();
            if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new InvalidDeskInputException(field + ".amount", "The amount must be 0 or more, in cents");
            }
            amount = amount.setScale(2);
            inCents.add(adjustment.withAmount(amount));
            adjusted = adjusted.add(amount);
            if (adjustment.getGroup() == AdjustmentGroup.PR) {
                patient = patient.add(amount);
            }
        }
        boolean onlyWriteOffAndPatientShare = inCents.stream().allMatch(ContractAdjustments::isWriteOffOrPatientShare);
        if (input.decision() == LineDecision.APPROVED && !onlyWriteOffAndPatientShare) {
            throw new InvalidDeskInputException(at + ".adjustments", "An approved line may only be adjusted by the fee schedule"
                    + " (CO-45) and the patient's share (PR): line " + line.getSequence() + " has another reduction, so decide it REDUCED");
        }
        if (input.decision() == LineDecision.REDUCED && onlyWriteOffAndPatientShare) {
            throw new InvalidDeskInputException(at + ".adjustments", "A reduced line needs a reduction other than the fee schedule"
                    + " (CO-45) or the patient's share (PR), e.g. CO-97 (bundled): line " + line.getSequence()
                    + " has none, so approve it or add the reduction");
        }
        BigDecimal paid = line.getCharge().subtract(adjusted);
        if (paid.signum() < 0) {
            throw new InvalidDeskInputException(at + ".adjustments", "The adjustments on line " + line.getSequence()
                    + " (" + adjusted + ") exceed its charge (" + line.getCharge() + ")");
        }
        if (input.decision() == LineDecision.DENIED && paid.signum() != 0) {
            throw new InvalidDeskInputException(at + ".adjustments", "A denied line pays nothing: the adjustments on line "
                    + line.getSequence() + " must add up to its charge (" + line.getCharge() + ")");
        }
        return new LineAdjudication(line.getSequence(), input.decision(), line.getCharge(), paid.add(patient).setScale(2),
                paid.setScale(2), inCents, patient.setScale(2), List.of("adjuster " + adjuster));
    }

    private static AdjudicationOutcome outcomeOf(List<LineAdjudication> lines) {
        boolean allDenied = lines.stream().allMatch(l -> l.getDecision() == LineDecision.DENIED);
        boolean allApproved = lines.stream().allMatch(l -> l.getDecision() == LineDecision.APPROVED);
        return allDenied ? AdjudicationOutcome.DENIED
                : allApproved ? AdjudicationOutcome.APPROVED : AdjudicationOutcome.PARTIALLY_APPROVED;
    }
}
