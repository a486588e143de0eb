package net.claimsnet.contracts;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.InformationRequest;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.PendReason;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Settlement;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.CommandWithParties;
import net.corda.core.contracts.Contract;
import net.corda.core.contracts.Requirements;
import net.corda.core.contracts.TypeOnlyCommandData;
import net.corda.core.transactions.LedgerTransaction;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static net.corda.core.contracts.ContractsDSL.requireSingleCommand;
import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * The rules every claim transaction must obey, whoever builds it: which status may follow which,
 * who must sign each step, and the arithmetic an adjudication and a settlement must satisfy.
 *
 * <p>Lifecycle: SUBMITTED -> (PENDED, INFO_REQUESTED <-> INFO_PROVIDED) -> APPROVED /
 * PARTIALLY_APPROVED / DENIED -> SETTLED; adjudicated or settled -> APPEALED -> re-adjudicated;
 * any unsettled claim -> VOIDED or REPLACED. What was claimed ({@link ClaimDetails}), the parties,
 * the identifier and the coverage never change after submission.
 *
 * <p>Messages state the rules in words and are part of the contract's interface (tests and
 * flows match them); keep them stable.
 */
public class ClaimContract implements Contract {

    public static final String ID = "net.claimsnet.contracts.ClaimContract";

    /** The most diagnosis codes a claim may carry (X12 837P HI segment). */
    public static final int MAX_DIAGNOSES = 12;
    /** The most service lines a professional claim may carry (X12 837P loop 2400). */
    public static final int MAX_SERVICE_LINES = 50;
    public static final int MAX_MODIFIERS = 4;
    public static final int MAX_DIAGNOSIS_POINTERS = 4;
    /** CARC 1: deductible amount, the only adjustment the deductible accumulator counts. */
    public static final String CARC_DEDUCTIBLE = "1";
    /** CARC 45: charge exceeds the fee schedule; the only contractual write-off an approved line may carry. */
    public static final String CARC_FEE_SCHEDULE = "45";
    /** The longest note a pend may carry: a sentence for the provider and the auditor, not a record. */
    public static final int MAX_PEND_NOTE_LENGTH = 500;

    private static final Set<ClaimStatus> INFORMATION_MAY_BE_REQUESTED =
            EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_PROVIDED);
    private static final Set<ClaimStatus> MAY_BE_PENDED =
            EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED);
    private static final Set<ClaimStatus> MAY_BE_ADJUDICATED =
            EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED);
    private static final Set<ClaimStatus> MAY_BE_SETTLED =
            EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED);
    private static final Set<ClaimStatus> MAY_BE_APPEALED =
            EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED, ClaimStatus.SETTLED);
    /** Unsettled claims: those a void or a replacement may end. */
    private static final Set<ClaimStatus> UNSETTLED = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED,
            ClaimStatus.INFO_REQUESTED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPROVED,
            ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED, ClaimStatus.APPEALED);

    public interface Commands extends CommandData {
        /** The provider files an original claim (X12 frequency 1); the insurer countersigns receipt. */
        class Submit extends TypeOnlyCommandData implements Commands { }

        /** The insurer asks the provider for more information. */
        class RequestInformation extends TypeOnlyCommandData implements Commands { }

        /** The provider answers the open information request. */
        class ProvideInformation extends TypeOnlyCommandData implements Commands { }

        /** The insurer sets the claim aside for manual review, saying why (reason codes, a note without PHI). */
        class Pend extends TypeOnlyCommandData implements Commands { }

        /** The insurer decides the claim and applies it to the member's benefit accumulator. */
        class Adjudicate extends TypeOnlyCommandData implements Commands { }

        /** The insurer pays what the adjudication allows; the provider confirms receipt. */
        class Settle extends TypeOnlyCommandData implements Commands { }

        /** The provider appeals an adjudication. */
        class Appeal extends TypeOnlyCommandData implements Commands { }

        /** Both parties withdraw an unsettled claim (X12 frequency 8). */
        class Void extends TypeOnlyCommandData implements Commands { }

        /** Both parties replace an unsettled claim by a corrected one (X12 frequency 7). */
        class Replace extends TypeOnlyCommandData implements Commands { }
    }

    @Override
    public void verify(LedgerTransaction tx) {
        requireThat(require -> {
            require.using("A claim transaction must carry exactly one claim command",
                    tx.commandsOfType(Commands.class).size() == 1);
            return null;
        });
        CommandWithParties<Commands> command = requireSingleCommand(tx.getCommands(), Commands.class);
        Commands value = command.getValue();
        List<PublicKey> signers = command.getSigners();

        if (value instanceof Commands.Submit) {
            verifySubmit(tx, signers);
        } else if (value instanceof Commands.RequestInformation) {
            verifyRequestInformation(tx, signers);
        } else if (value instanceof Commands.ProvideInformation) {
            verifyProvideInformation(tx, signers);
        } else if (value instanceof Commands.Pend) {
            verifyPend(tx, signers);
        } else if (value instanceof Commands.Adjudicate) {
            verifyAdjudicate(tx, signers);
        } else if (value instanceof Commands.Settle) {
            verifySettle(tx, signers);
        } else if (value instanceof Commands.Appeal) {
            verifyAppeal(tx, signers);
        } else if (value instanceof Commands.Void) {
            verifyVoid(tx, signers);
        } else if (value instanceof Commands.Replace) {
            verifyReplace(tx, signers);
        } else {
            throw new IllegalArgumentException("Unrecognised claim command: " + value.getClass().getName());
        }
    }

    private static void verifySubmit(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("No claim may be consumed by a submission", tx.inputsOfType(ClaimState.class).isEmpty());
            require.using("A submission must produce exactly one claim", tx.outputsOfType(ClaimState.class).size() == 1);
            ClaimState claim = tx.outputsOfType(ClaimState.class).get(0);
            require.using("A submitted claim must have status SUBMITTED", claim.getStatus() == ClaimStatus.SUBMITTED);
            require.using("A submitted claim must carry no adjudication, settlement, appeal or information request",
                    carriesNoDecision(claim));
            require.using("A new claim must carry no pend reason", claim.getPendReason() == null);
            require.using("A submitted claim must be an original (frequency code 1) naming no original claim; "
                            + "replacements and voids have their own commands",
                    claim.getClaim().getFrequencyCode() == FrequencyCode.ORIGINAL
                            && claim.getClaim().getOriginalClaimId() == null);
            verifyFiling(require, claim);

            List<CoverageState> coverages = tx.referenceInputsOfType(CoverageState.class);
            require.using("A submission must reference exactly one coverage", coverages.size() == 1);
            CoverageState coverage = coverages.get(0);
            require.using("The referenced coverage must be the one the claim is filed under",
                    coverage.getLinearId().equals(claim.getCoverageId()));
            require.using("The referenced coverage must be held by the claim's insurer",
                    coverage.getInsurer().equals(claim.getInsurer()));
            require.using("The referenced coverage must be for the claim's patient",
                    coverage.getMemberId().equals(claim.getClaim().getPatient().getMemberId()));
            // Proof of timely filing: the notary signs only inside the window.
            require.using("A submission must have a time window", tx.getTimeWindow() != null);
            require.using("The provider and the insurer must both sign a submission",
                    signers.contains(claim.getProvider().getOwningKey())
                            && signers.contains(claim.getInsurer().getOwningKey()));
            return null;
        });
    }

    private static void verifyRequestInformation(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            require.using("Information can only be requested on a submitted, pended or answered claim",
                    INFORMATION_MAY_BE_REQUESTED.contains(input.getStatus()));
            require.using("The claim status must become INFO_REQUESTED", output.getStatus() == ClaimStatus.INFO_REQUESTED);
            List<InformationRequest> before = input.getInformationRequests();
            List<InformationRequest> after = output.getInformationRequests();
            require.using("Exactly one information request must be added", after.size() == before.size() + 1);
            require.using("Earlier information requests must not change", after.subList(0, before.size()).equals(before));
            InformationRequest added = after.get(after.size() - 1);
            require.using("The new information request must ask a question", isPresent(added.getQuestion()));
            require.using("The new information request must be unanswered",
                    added.getAnswer() == null && added.getAnswerAttachmentHashes().isEmpty());
            require.using("A request for information must change nothing but the status and the requests",
                    output.equals(input.withStatus(ClaimStatus.INFO_REQUESTED).withInformationRequests(after)));
            require.using("The insurer must sign a request for information",
                    signers.contains(input.getInsurer().getOwningKey()));
            return null;
        });
    }

    private static void verifyProvideInformation(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            require.using("Information can only be provided on a claim awaiting information",
                    input.getStatus() == ClaimStatus.INFO_REQUESTED);
            require.using("The claim status must become INFO_PROVIDED", output.getStatus() == ClaimStatus.INFO_PROVIDED);
            List<InformationRequest> before = input.getInformationRequests();
            require.using("The last information request must be open",
                    !before.isEmpty() && !before.get(before.size() - 1).hasAnswer());
            List<InformationRequest> after = output.getInformationRequests();
            InformationRequest answered = after.isEmpty() ? null : after.get(after.size() - 1);
            require.using("The last information request must be answered with text or documents",
                    answered != null && answered.hasAnswer());
            List<InformationRequest> expected = new ArrayList<>(before);
            expected.set(expected.size() - 1, before.get(before.size() - 1)
                    .answered(answered.getAnswer(), answered.getAnswerAttachmentHashes()));
            require.using("Providing information must change nothing but the status and the answer to the last request",
                    output.equals(input.withStatus(ClaimStatus.INFO_PROVIDED).withInformationRequests(expected)));
            require.using("The provider must sign the information provided",
                    signers.contains(input.getProvider().getOwningKey()));
            return null;
        });
    }

    private static void verifyPend(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            require.using("Only a submitted, answered or appealed claim can be pended",
                    MAY_BE_PENDED.contains(input.getStatus()));
            require.using("The claim status must become PENDED", output.getStatus() == ClaimStatus.PENDED);
            PendReason reason = output.getPendReason();
            require.using("A pend must carry at least one reason code, none blank", hasReasonCodes(reason));
            require.using("A pend note must be at most " + MAX_PEND_NOTE_LENGTH + " characters",
                    reason.getNote() == null || reason.getNote().length() <= MAX_PEND_NOTE_LENGTH);
            require.using("Pending must change nothing but the status and the pend reason",
                    output.equals(input.withStatus(ClaimStatus.PENDED).withPendReason(reason)));
            require.using("The insurer must sign a pend", signers.contains(input.getInsurer().getOwningKey()));
            return null;
        });
    }

    /**
     * Line decisions: a DENIED line pays nothing; an APPROVED line may be reduced only by the
     * contractual fee-schedule write-off (CO-45) and by what the patient owes (PR); any other
     * reduction (bundling, benefit maximum, payer-initiated...) makes the line REDUCED, and a
     * REDUCED line must carry at least one such reduction.
     */
    private static void verifyAdjudicate(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            require.using("Only a submitted, pended, answered or appealed claim can be adjudicated",
                    MAY_BE_ADJUDICATED.contains(input.getStatus()));
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

    /**
     * {@link Settlement#getAmount()} is the total paid on the claim to date, so it always equals
     * the paid amounts of the current adjudication; a second settlement (after an appeal raised
     * the payment) must therefore be larger than the first, and its EFT carries the difference.
     */
    private static void verifySettle(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            require.using("Only an approved or partially approved claim can be settled",
                    MAY_BE_SETTLED.contains(input.getStatus()) && input.getAdjudication() != null);
            require.using("The claim status must become SETTLED", output.getStatus() == ClaimStatus.SETTLED);
            Settlement settlement = output.getSettlement();
            require.using("A settlement must be recorded", settlement != null && settlement.getAmount() != null);
            require.using("The settlement amount must equal the sum of paid amounts",
                    settlement.getAmount().compareTo(input.getAdjudication().totalPaid()) == 0);
            require.using("The settlement amount must be greater than zero", settlement.getAmount().signum() > 0);
            Settlement earlier = input.getSettlement();
            require.using("A new settlement must pay more than was already settled",
                    earlier == null || settlement.getAmount().compareTo(earlier.getAmount()) > 0);
            require.using("The payment date must be given", settlement.getPaymentDate() != null);
            require.using("The EFT trace number must be given", isPresent(settlement.getEftTraceNumber()));
            require.using("Settling must change nothing but the status and the settlement",
                    output.equals(input.withStatus(ClaimStatus.SETTLED).withSettlement(settlement)));
            require.using("The insurer and the provider must both sign a settlement",
                    signers.contains(input.getInsurer().getOwningKey())
                            && signers.contains(input.getProvider().getOwningKey()));
            return null;
        });
    }

    private static void verifyAppeal(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            require.using("Only an adjudicated or settled claim can be appealed",
                    MAY_BE_APPEALED.contains(input.getStatus()) && input.getAdjudication() != null);
            require.using("The claim status must become APPEALED", output.getStatus() == ClaimStatus.APPEALED);
            require.using("An appeal must state a reason",
                    output.getAppeal() != null && isPresent(output.getAppeal().getReason()));
            // The adjudication stays: the re-adjudication is measured against it.
            require.using("Appealing must change nothing but the status and the appeal",
                    output.equals(input.withStatus(ClaimStatus.APPEALED).withAppeal(output.getAppeal())));
            require.using("The provider must sign an appeal", signers.contains(input.getProvider().getOwningKey()));
            return null;
        });
    }

    /**
     * Void is X12 claim frequency 8: the claim is withdrawn as filed. The details stay as they were
     * submitted (their frequency code names how the claim was filed, not how it ended); the status
     * records the void.
     */
    private static void verifyVoid(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            require.using("Only an unsettled claim can be voided", isUnsettled(input));
            require.using("The claim status must become VOIDED", output.getStatus() == ClaimStatus.VOIDED);
            require.using("Voiding must change nothing but the status", output.equals(input.withStatus(ClaimStatus.VOIDED)));
            require.using("The provider and the insurer must both sign a void",
                    signers.contains(input.getProvider().getOwningKey())
                            && signers.contains(input.getInsurer().getOwningKey()));
            return null;
        });
    }

    /**
     * Replace is X12 claim frequency 7: the original ends as REPLACED and a corrected claim, with
     * its own identity, starts as SUBMITTED, naming the original. The correction is filed under the
     * original's coverage, which the original's submission already proved.
     */
    private static void verifyReplace(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("Exactly one claim must be consumed", tx.inputsOfType(ClaimState.class).size() == 1);
            List<ClaimState> outputs = tx.outputsOfType(ClaimState.class);
            require.using("Exactly two claims must be produced: the original and its replacement", outputs.size() == 2);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            require.using("Only an unsettled claim can be replaced", isUnsettled(input));
            ClaimState original = outputs.get(0).getLinearId().equals(input.getLinearId()) ? outputs.get(0) : outputs.get(1);
            ClaimState replacement = original == outputs.get(0) ? outputs.get(1) : outputs.get(0);
            require.using("The original claim must be kept with status REPLACED and nothing else changed",
                    original.equals(input.withStatus(ClaimStatus.REPLACED)));
            require.using("The replacement must have a new identifier",
                    !replacement.getLinearId().equals(input.getLinearId()));
            require.using("The replacement must have status SUBMITTED", replacement.getStatus() == ClaimStatus.SUBMITTED);
            require.using("The replacement must carry no adjudication, settlement, appeal or information request",
                    carriesNoDecision(replacement));
            require.using("A new claim must carry no pend reason", replacement.getPendReason() == null);
            require.using("The replacement must have frequency code 7 and name the original claim",
                    replacement.getClaim().getFrequencyCode() == FrequencyCode.REPLACEMENT
                            && input.getLinearId().equals(replacement.getClaim().getOriginalClaimId()));
            require.using("The replacement must have the same provider and insurer",
                    replacement.getProvider().equals(input.getProvider())
                            && replacement.getInsurer().equals(input.getInsurer()));
            require.using("The replacement must be for the same member",
                    replacement.getClaim().getPatient().getMemberId()
                            .equals(input.getClaim().getPatient().getMemberId()));
            require.using("The replacement must be filed under the original's coverage",
                    input.getCoverageId() != null && input.getCoverageId().equals(replacement.getCoverageId()));
            verifyFiling(require, replacement);
            require.using("The provider and the insurer must both sign a replacement",
                    signers.contains(input.getProvider().getOwningKey())
                            && signers.contains(input.getInsurer().getOwningKey()));
            return null;
        });
    }

    // ---- rules shared by several commands -------------------------------------------------

    /** What a newly filed claim (an original or a replacement) must satisfy, header and lines. */
    private static void verifyFiling(Requirements require, ClaimState claim) {
        ClaimDetails details = claim.getClaim();
        require.using("The claim's external id must be its claim id",
                details.getClaimId().equals(claim.getLinearId().getExternalId()));
        require.using("The provider and the insurer must be different parties",
                !claim.getProvider().equals(claim.getInsurer()));
        require.using("The claim must name the coverage it is filed under", claim.getCoverageId() != null);
        require.using("The billing provider NPI must be 10 digits", isDigits(details.getBillingProviderNpi(), 10));
        List<String> diagnoses = details.getDiagnosisCodes();
        require.using("A claim must have between 1 and 12 diagnosis codes",
                !diagnoses.isEmpty() && diagnoses.size() <= MAX_DIAGNOSES);
        List<ServiceLine> lines = details.getServiceLines();
        require.using("A claim must have between 1 and 50 service lines",
                !lines.isEmpty() && lines.size() <= MAX_SERVICE_LINES);
        boolean numbered = true;
        for (int i = 0; i < lines.size(); i++) {
            numbered &= lines.get(i).getSequence() == i + 1;
        }
        require.using("Service lines must be numbered 1 to n in order", numbered);
        for (ServiceLine line : lines) {
            String onLine = " on line " + line.getSequence();
            require.using("A procedure code is required" + onLine, isPresent(line.getProcedureCode()));
            require.using("A date of service is required" + onLine, line.getDateOfService() != null);
            require.using("Units must be greater than zero" + onLine, line.getUnits() > 0);
            require.using("Charge must be greater than zero" + onLine,
                    line.getCharge() != null && line.getCharge().signum() > 0);
            require.using("Charge must have at most 2 decimal places" + onLine, isCents(line.getCharge()));
            require.using("At most 4 modifiers are allowed" + onLine, line.getModifiers().size() <= MAX_MODIFIERS);
            List<Integer> pointers = line.getDiagnosisPointers();
            require.using("Between 1 and 4 diagnosis pointers are required" + onLine,
                    !pointers.isEmpty() && pointers.size() <= MAX_DIAGNOSIS_POINTERS);
            boolean pointersValid = true;
            for (Integer pointer : pointers) {
                pointersValid &= pointer != null && pointer >= 1 && pointer <= diagnoses.size();
            }
            require.using("Diagnosis pointers must point at the claim's diagnosis codes" + onLine, pointersValid);
        }
    }

    private static void requireOneClaimInOneOut(Requirements require, LedgerTransaction tx) {
        require.using("Exactly one claim must be consumed", tx.inputsOfType(ClaimState.class).size() == 1);
        require.using("Exactly one claim must be produced", tx.outputsOfType(ClaimState.class).size() == 1);
    }

    private static void requireFixedPartsUnchanged(Requirements require, ClaimState input, ClaimState output) {
        require.using("The claim's identifier, parties, details and coverage must not change",
                output.getLinearId().equals(input.getLinearId())
                        && output.getProvider().equals(input.getProvider())
                        && output.getInsurer().equals(input.getInsurer())
                        && output.getClaim().equals(input.getClaim())
                        && (input.getCoverageId() == null
                        ? output.getCoverageId() == null : input.getCoverageId().equals(output.getCoverageId())));
    }

    private static boolean hasReasonCodes(PendReason reason) {
        if (reason == null || reason.getCodes().isEmpty()) {
            return false;
        }
        for (String code : reason.getCodes()) {
            if (code == null || code.trim().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean carriesNoDecision(ClaimState claim) {
        return claim.getAdjudication() == null && claim.getSettlement() == null && claim.getAppeal() == null
                && claim.getInformationRequests().isEmpty();
    }

    private static boolean isUnsettled(ClaimState claim) {
        return UNSETTLED.contains(claim.getStatus()) && claim.getSettlement() == null;
    }

    static ClaimStatus statusFor(AdjudicationOutcome outcome) {
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

    static boolean isPresent(String text) {
        return text != null && text.trim().length() > 0;
    }

    /** A money amount in whole cents: at most two decimal places, whatever its scale. */
    static boolean isCents(BigDecimal amount) {
        return amount != null && (amount.scale() <= 2 || amount.stripTrailingZeros().scale() <= 2);
    }

    private static boolean isDigits(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
