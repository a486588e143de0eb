package net.claimsnet.contracts;

import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.CommandWithParties;
import net.corda.core.contracts.Contract;
import net.corda.core.contracts.TypeOnlyCommandData;
import net.corda.core.transactions.LedgerTransaction;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

import static net.corda.core.contracts.ContractsDSL.requireSingleCommand;
import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * The rules for a member's benefit accumulator: it opens empty, and it changes only when a claim
 * is adjudicated ({@link ClaimContract.Commands.Adjudicate} in the same transaction, which checks
 * that it moves by exactly what the claim puts on the patient), never beyond its limits.
 */
public class BenefitAccumulatorContract implements Contract {

    public static final String ID = "net.claimsnet.contracts.BenefitAccumulatorContract";

    // Checked here and by ClaimContract's Adjudicate; one wording, whichever contract runs first.
    static final String KEEPS_IDENTITY_AND_LIMITS =
            "The benefit accumulator must keep its identity, member, plan, plan year and limits";
    static final String DEDUCTIBLE_WITHIN_LIMIT = "The deductible met must not exceed the deductible limit";
    static final String OUT_OF_POCKET_WITHIN_LIMIT = "The out-of-pocket met must not exceed the out-of-pocket limit";

    public interface Commands extends CommandData {
        /** The insurer opens a member's accumulator for a plan year. */
        class Open extends TypeOnlyCommandData implements Commands { }

        /** The insurer applies an adjudicated claim to the accumulator. */
        class Apply extends TypeOnlyCommandData implements Commands { }
    }

    @Override
    public void verify(LedgerTransaction tx) {
        OutputCustody.verify(tx);
        requireThat(require -> {
            require.using("A benefit accumulator transaction must carry exactly one accumulator command",
                    tx.commandsOfType(Commands.class).size() == 1);
            return null;
        });
        CommandWithParties<Commands> command = requireSingleCommand(tx.getCommands(), Commands.class);
        Commands value = command.getValue();
        List<PublicKey> signers = command.getSigners();

        if (value instanceof Commands.Open) {
            verifyOpen(tx, signers);
        } else if (value instanceof Commands.Apply) {
            verifyApply(tx, signers);
        } else {
            throw new IllegalArgumentException("Unrecognised benefit accumulator command: " + value.getClass().getName());
        }
    }

    private static void verifyOpen(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("No benefit accumulator may be consumed when opening one",
                    tx.inputsOfType(BenefitAccumulatorState.class).isEmpty());
            require.using("Exactly one benefit accumulator must be opened",
                    tx.outputsOfType(BenefitAccumulatorState.class).size() == 1);
            BenefitAccumulatorState opened = tx.outputsOfType(BenefitAccumulatorState.class).get(0);
            require.using("The limits must not be negative", isNotNegative(opened.getDeductibleLimit())
                    && isNotNegative(opened.getOutOfPocketLimit()) && countsNotNegative(opened.getVisitLimits()));
            require.using("A new benefit accumulator must have nothing met and no visits used",
                    isZero(opened.getDeductibleMet()) && isZero(opened.getOutOfPocketMet())
                            && countsZero(opened.getVisitsUsed()));
            require.using("The insurer must sign the opening of a benefit accumulator",
                    signers.contains(opened.getInsurer().getOwningKey()));
            return null;
        });
    }

    private static void verifyApply(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            // The claim must be consumed too: only then does ClaimContract run and check the amounts.
            require.using("An accumulator can only change when a claim is adjudicated",
                    !tx.commandsOfType(ClaimContract.Commands.Adjudicate.class).isEmpty()
                            && !tx.inputsOfType(ClaimState.class).isEmpty());
            require.using("Exactly one benefit accumulator must be consumed",
                    tx.inputsOfType(BenefitAccumulatorState.class).size() == 1);
            require.using("Exactly one benefit accumulator must be produced",
                    tx.outputsOfType(BenefitAccumulatorState.class).size() == 1);
            BenefitAccumulatorState in = tx.inputsOfType(BenefitAccumulatorState.class).get(0);
            BenefitAccumulatorState out = tx.outputsOfType(BenefitAccumulatorState.class).get(0);
            require.using(KEEPS_IDENTITY_AND_LIMITS, sameIdentityAndLimits(in, out));
            require.using("Met amounts must not be negative",
                    isNotNegative(out.getDeductibleMet()) && isNotNegative(out.getOutOfPocketMet()));
            require.using(DEDUCTIBLE_WITHIN_LIMIT, out.getDeductibleMet().compareTo(out.getDeductibleLimit()) <= 0);
            require.using(OUT_OF_POCKET_WITHIN_LIMIT, out.getOutOfPocketMet().compareTo(out.getOutOfPocketLimit()) <= 0);
            require.using("Visits used must not be negative", countsNotNegative(out.getVisitsUsed()));
            require.using("Visits used must not exceed the visit limits", visitsWithinLimits(out));
            require.using("The insurer must sign changes to a benefit accumulator",
                    signers.contains(in.getInsurer().getOwningKey()));
            return null;
        });
    }

    /** Whether two versions of an accumulator are the same accumulator: only the met values and visits may differ. */
    static boolean sameIdentityAndLimits(BenefitAccumulatorState in, BenefitAccumulatorState out) {
        return out.getLinearId().equals(in.getLinearId())
                && out.getInsurer().equals(in.getInsurer())
                && out.getMemberId().equals(in.getMemberId())
                && equal(out.getPlanId(), in.getPlanId())
                && out.getPlanYear() == in.getPlanYear()
                && sameAmount(out.getDeductibleLimit(), in.getDeductibleLimit())
                && sameAmount(out.getOutOfPocketLimit(), in.getOutOfPocketLimit())
                && out.getVisitLimits().equals(in.getVisitLimits());
    }

    /** A category without a limit is unlimited. */
    private static boolean visitsWithinLimits(BenefitAccumulatorState accumulator) {
        for (Map.Entry<String, Integer> used : accumulator.getVisitsUsed().entrySet()) {
            Integer limit = accumulator.getVisitLimits().get(used.getKey());
            if (limit != null && used.getValue() != null && used.getValue() > limit) {
                return false;
            }
        }
        return true;
    }

    private static boolean countsNotNegative(Map<String, Integer> counts) {
        for (Integer count : counts.values()) {
            if (count == null || count < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean countsZero(Map<String, Integer> counts) {
        for (Integer count : counts.values()) {
            if (count == null || count != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNotNegative(BigDecimal amount) {
        return amount != null && amount.signum() >= 0;
    }

    private static boolean isZero(BigDecimal amount) {
        return amount != null && amount.signum() == 0;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
