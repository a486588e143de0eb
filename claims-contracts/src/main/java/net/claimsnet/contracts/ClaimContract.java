package net.claimsnet.contracts;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.InformationRequest;
import net.claimsnet.states.PendReason;
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
import java.util.List;

import static net.corda.core.contracts.ContractsDSL.requireSingleCommand;
import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * The rules every claim transaction must obey, whoever builds it: which status may follow which,
 * who must sign each step, and the arithmetic an adjudication and a settlement must satisfy.
 *
 * <p>Lifecycle: SUBMITTED -> (PENDED, INFO_REQUESTED <-> INFO_PROVIDED) -> APPROVED /
 * PARTIALLY_APPROVED / DENIED -> SETTLED; adjudicated or settled -> APPEALED -> re-adjudicated;
 * any unsettled claim -> VOIDED or REPLACED. Which command may follow which status, with the
 * sentence a refusal states, is {@link ClaimLifecycle}'s, which the desk and the flows read too.
 * What was claimed ({@link ClaimDetails}), the parties, the identifier and the coverage never
 * change after submission.
 *
 * <p>Filing (Submit, Replace) is verified in {@link ClaimFilingRules}, Adjudicate in
 * {@link ClaimAdjudicationRules}; the other commands here.
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
        OutputCustody.verify(tx);
        requireThat(require -> {
            require.using("A claim transaction must carry exactly one claim command",
                    tx.commandsOfType(Commands.class).size() == 1);
            return null;
        });
        CommandWithParties<Commands> command = requireSingleCommand(tx.getCommands(), Commands.class);
        Commands value = command.getValue();
        List<PublicKey> signers = command.getSigners();

        if (value instanceof Commands.Submit) {
            ClaimFilingRules.verifySubmit(tx, signers);
        } else if (value instanceof Commands.RequestInformation) {
            verifyRequestInformation(tx, signers);
        } else if (value instanceof Commands.ProvideInformation) {
            verifyProvideInformation(tx, signers);
        } else if (value instanceof Commands.Pend) {
            verifyPend(tx, signers);
        } else if (value instanceof Commands.Adjudicate) {
            ClaimAdjudicationRules.verifyAdjudicate(tx, signers);
        } else if (value instanceof Commands.Settle) {
            verifySettle(tx, signers);
        } else if (value instanceof Commands.Appeal) {
            verifyAppeal(tx, signers);
        } else if (value instanceof Commands.Void) {
            verifyVoid(tx, signers);
        } else if (value instanceof Commands.Replace) {
            ClaimFilingRules.verifyReplace(tx, signers);
        } else {
            throw new IllegalArgumentException("Unrecognised claim command: " + value.getClass().getName());
        }
    }

    private static void verifyRequestInformation(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneClaimInOneOut(require, tx);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            ClaimState output = tx.outputsOfType(ClaimState.class).get(0);
            requireFixedPartsUnchanged(require, input, output);
            requireLifecycle(require, ClaimLifecycle.REQUEST_INFORMATION, input);
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
            requireLifecycle(require, ClaimLifecycle.PROVIDE_INFORMATION, input);
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
            requireLifecycle(require, ClaimLifecycle.PEND, input);
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
            requireLifecycle(require, ClaimLifecycle.SETTLE, input);
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
            requireLifecycle(require, ClaimLifecycle.APPEAL, input);
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
            requireLifecycle(require, ClaimLifecycle.VOID, input);
            require.using("The claim status must become VOIDED", output.getStatus() == ClaimStatus.VOIDED);
            require.using("Voiding must change nothing but the status", output.equals(input.withStatus(ClaimStatus.VOIDED)));
            require.using("The provider and the insurer must both sign a void",
                    signers.contains(input.getProvider().getOwningKey())
                            && signers.contains(input.getInsurer().getOwningKey()));
            return null;
        });
    }

    // ---- rules shared by several commands -------------------------------------------------

    /** Which status the command may follow: the lifecycle's rule, in its words. */
    static void requireLifecycle(Requirements require, ClaimLifecycle command, ClaimState input) {
        require.using(command.rule(), command.allowedOn(input));
    }

    static void requireOneClaimInOneOut(Requirements require, LedgerTransaction tx) {
        require.using("Exactly one claim must be consumed", tx.inputsOfType(ClaimState.class).size() == 1);
        require.using("Exactly one claim must be produced", tx.outputsOfType(ClaimState.class).size() == 1);
    }

    static void requireFixedPartsUnchanged(Requirements require, ClaimState input, ClaimState output) {
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

    static boolean isPresent(String text) {
        return text != null && text.trim().length() > 0;
    }

    /** A money amount in whole cents: at most two decimal places, whatever its scale. */
    static boolean isCents(BigDecimal amount) {
        return amount != null && (amount.scale() <= 2 || amount.stripTrailingZeros().scale() <= 2);
    }
}

