package net.claimsnet.contracts;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.Requirements;
import net.corda.core.transactions.LedgerTransaction;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.util.List;

import static net.claimsnet.contracts.ClaimContract.CARC_FEE_SCHEDULE;
import static net.claimsnet.contracts.ClaimContract.isCents;
import static net.claimsnet.contracts.ClaimContract.isPresent;
import static net.claimsnet.contracts.ClaimContract.requireFixedPartsUnchanged;
import static net.claimsnet.contracts.ClaimContract.requireLifecycle;
import static net.claimsnet.contracts.ClaimContract.requireOneClaimInOneOut;
import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * {@link ClaimContract}'s rules for an Adjudicate command: the decision's arithmetic, line by line,
 * and the member's benefit accumulator moved by exactly what the decision puts on the patient. Kept
 * apart because they are most of the contract's arithmetic and change with the remittance rules.
 */
final class ClaimAdjudicationRules {

    private ClaimAdjudicationRules() {
    }

    /**
     * Line decisions: a DENIED line pays nothing; an APPROVED line may be reduced only by the
     * contractual fee-schedule write-off (CO-45) and by what the patient owes (PR); any other
     * reduction (bundling, benefit maximum, payer-initiated...) makes the line REDUCED, and a
     * REDUCED line must carry at least one such reduction.
     */
    static void verifyAdjudicate(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            requireLifecycle(require, ClaimLifecycle.ADJUDICATE, input);
            Adjudication adjudication = output.getAdjudication();
            require.using("An adjudication must be recorded", adjudication != null);
            require.using("The claim status must match the adjudication outcome",
                    adjudication.getOutcome() != null && output.getStatus() == statusFor(adjudication.getOutcome()));
            require.using("Adjudication must change nothing but the status and the adjudication",
                    output.equals(input.withStatus(output.getStatus()).withAdjudication(adjudication)));

            List<ServiceLine> serviceLines = input.getClaim().getServiceLines();
            List<LineAdjudication> lines = adjudication.getLines();
            require.using("The adjudication must have exactly one line per service line",
                    lines.size() == serviceLines.size());
            for (int i = 0; i < lines.size(); i++) {
                verifyLineAdjudication(require, serviceLines.get(i), lines.get(i));
            }
            require.using("The outcome must be DENIED when every line is denied, APPROVED when every line is "
                    + "approved, and PARTIALLY_APPROVED otherwise", adjudication.getOutcome() == outcomeOf(lines));
            Adjudication previous = input.getAdjudication();
            require.using("The adjudication round must be one more than the previous round",
                    adjudication.getRound() == (previous == null ? 1 : previous.getRound() + 1));
            require.using("The rule set version must be recorded", isPresent(adjudication.getRuleSetVersion()));
            require.using("The adjudication must name who decided", isPresent(adjudication.getDecidedBy()));

            verifyAccumulatorApplied(require, tx, input, adjudication, previous);
            require.using("The insurer and the provider must both sign an adjudication",
                    signers.contains(input.getInsurer().getOwningKey())
                            && signers.contains(input.getProvider().getOwningKey()));
            return null;
        });
    }

    private static void verifyLineAdjudication(Requirements require, ServiceLine serviceLine, LineAdjudication line) {
        String onLine = " on line " + serviceLine.getSequence();
        require.using("Sequence and charge must match the service line" + onLine,
                line.getSequence() == serviceLine.getSequence()
                        && line.getCharge() != null && serviceLine.getCharge() != null
                        && line.getCharge().compareTo(serviceLine.getCharge()) == 0);
        require.using("A decision is required" + onLine, line.getDecision() != null);
        require.using("Allowed, paid and patient responsibility amounts are required" + onLine,
                line.getAllowed() != null && line.getPaid() != null && line.getPatientResponsibility() != null);
        require.using("Allowed amount must not be negative" + onLine, line.getAllowed().signum() >= 0);
        require.using("Paid amount must not be negative" + onLine, line.getPaid().signum() >= 0);
        require.using("Paid amount must not exceed the allowed amount" + onLine,
                line.getPaid().compareTo(line.getAllowed()) <= 0);
        require.using("Allowed amount must not exceed the charge" + onLine,
                line.getAllowed().compareTo(line.getCharge()) <= 0);
        boolean adjustmentsComplete = true;
        boolean adjustmentsNonNegative = true;
        for (Adjustment adjustment : line.getAdjustments()) {
            adjustmentsComplete &= adjustment.getGroup() != null && isPresent(adjustment.getCarc())
                    && adjustment.getAmount() != null;
            adjustmentsNonNegative &= adjustment.getAmount() == null || adjustment.getAmount().signum() >= 0;
        }
        require.using("Every adjustment must have a group, a reason code (CARC) and an amount" + onLine,
                adjustmentsComplete);
        require.using("Adjustment amounts must not be negative" + onLine, adjustmentsNonNegative);
        boolean centsOnly = isCents(line.getAllowed()) && isCents(line.getPaid()) && isCents(line.getPatientResponsibility());
        for (Adjustment adjustment : line.getAdjustments()) {
            centsOnly &= isCents(adjustment.getAmount());
        }
        require.using("Amounts must have at most 2 decimal places" + onLine, centsOnly);

        BigDecimal adjusted = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        boolean onlyWriteOffAndPatient = true;
        for (Adjustment adjustment : line.getAdjustments()) {
            adjusted = adjusted.add(adjustment.getAmount());
            if (adjustment.getGroup() == AdjustmentGroup.PR) {
                patient = patient.add(adjustment.getAmount());
            } else if (!(adjustment.getGroup() == AdjustmentGroup.CO && CARC_FEE_SCHEDULE.equals(adjustment.getCarc()))
                    && adjustment.getAmount().signum() > 0) {
                onlyWriteOffAndPatient = false;
            }
        }
        require.using("Charge must equal the paid amount plus all adjustments" + onLine,
                line.getCharge().compareTo(line.getPaid().add(adjusted)) == 0);
        require.using("Patient responsibility must equal the PR adjustments" + onLine,
                line.getPatientResponsibility().compareTo(patient) == 0);
        if (line.getDecision() == LineDecision.DENIED) {
            require.using("A denied line must pay nothing" + onLine, line.getPaid().signum() == 0);
        } else if (line.getDecision() == LineDecision.APPROVED) {
            require.using("An approved line may only be reduced by the fee schedule (CO-45) and by patient "
                    + "responsibility (PR)" + onLine, onlyWriteOffAndPatient);
        } else {
            require.using("A reduced line must carry a reduction other than CO-45 or PR" + onLine,
                    !onlyWriteOffAndPatient);
        }
    }

    /**
     * The member's accumulator moves by what this decision puts on the patient, less what the
     * claim's previous decision (before an appeal) had put there: a re-adjudication replaces its
     * earlier contribution instead of counting the claim twice.
     */
    private static void verifyAccumulatorApplied(Requirements require, LedgerTransaction tx, ClaimState claim,
                                                 Adjudication adjudication, Adjudication previous) {
        List<BenefitAccumulatorState> before = tx.inputsOfType(BenefitAccumulatorState.class);
        List<BenefitAccumulatorState> after = tx.outputsOfType(BenefitAccumulatorState.class);
        require.using("Adjudication must consume exactly one benefit accumulator", before.size() == 1);
        require.using("Adjudication must produce exactly one benefit accumulator", after.size() == 1);
        BenefitAccumulatorState in = before.get(0);
        BenefitAccumulatorState out = after.get(0);
        require.using("The benefit accumulator must be the claim insurer's, for the claim's patient",
                in.getInsurer().equals(claim.getInsurer())
                        && in.getMemberId().equals(claim.getClaim().getPatient().getMemberId()));
        require.using(BenefitAccumulatorContract.KEEPS_IDENTITY_AND_LIMITS,
                BenefitAccumulatorContract.sameIdentityAndLimits(in, out));

        BigDecimal deductible = adjudication.totalDeductible();
        BigDecimal outOfPocket = adjudication.totalPatientResponsibility();
        if (previous != null) {
            deductible = deductible.subtract(previous.totalDeductible());
            outOfPocket = outOfPocket.subtract(previous.totalPatientResponsibility());
        }
        require.using("The deductible met must grow by exactly the claim's deductible (PR adjustments with CARC 1)",
                out.getDeductibleMet() != null
                        && out.getDeductibleMet().compareTo(in.getDeductibleMet().add(deductible)) == 0);
        require.using("The out-of-pocket met must grow by exactly the claim's patient responsibility",
                out.getOutOfPocketMet() != null
                        && out.getOutOfPocketMet().compareTo(in.getOutOfPocketMet().add(outOfPocket)) == 0);
        require.using(BenefitAccumulatorContract.DEDUCTIBLE_WITHIN_LIMIT,
                out.getDeductibleMet().compareTo(out.getDeductibleLimit()) <= 0);
        require.using(BenefitAccumulatorContract.OUT_OF_POCKET_WITHIN_LIMIT,
                out.getOutOfPocketMet().compareTo(out.getOutOfPocketLimit()) <= 0);
        require.using("Adjudication must carry the benefit accumulator's Apply command",
                !tx.commandsOfType(BenefitAccumulatorContract.Commands.Apply.class).isEmpty());
    }

    private static ClaimStatus statusFor(AdjudicationOutcome outcome) {
        switch (outcome) {
            case APPROVED:
                return ClaimStatus.APPROVED;
            case PARTIALLY_APPROVED:
                return ClaimStatus.PARTIALLY_APPROVED;
            case DENIED:
                return ClaimStatus.DENIED;
            default:
                throw new IllegalArgumentException("Unknown adjudication outcome: " + outcome);
        }
    }

    private static AdjudicationOutcome outcomeOf(List<LineAdjudication> lines) {
        boolean allDenied = true;
        boolean allApproved = true;
        for (LineAdjudication line : lines) {
            allDenied &= line.getDecision() == LineDecision.DENIED;
            allApproved &= line.getDecision() == LineDecision.APPROVED;
        }
        if (allDenied) {
            return AdjudicationOutcome.DENIED;
        }
        return allApproved ? AdjudicationOutcome.APPROVED : AdjudicationOutcome.PARTIALLY_APPROVED;
    }
}
