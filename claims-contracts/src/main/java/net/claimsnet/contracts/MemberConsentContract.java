package net.claimsnet.contracts;

import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.CommandWithParties;
import net.corda.core.contracts.Contract;
import net.corda.core.contracts.Requirements;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.TypeOnlyCommandData;
import net.corda.core.identity.Party;
import net.corda.core.transactions.LedgerTransaction;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static net.corda.core.contracts.ContractsDSL.requireSingleCommand;
import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * The rules for a member's consent that their insurer share their claim history with a provider: the
 * insurer alone records and withdraws it (the member has no node and the provider gains by it, so neither
 * signs); a consent names its member and states its purpose, and ends by itself within
 * {@link #LONGEST_CONSENT}; its recording and withdrawal times are the notary's (inside the transaction's
 * time window). A withdrawal keeps the consent as it was and adds when and why.
 */
public class MemberConsentContract implements Contract {

    public static final String ID = "net.claimsnet.contracts.MemberConsentContract";

    /** A consent lasts a year at most (a leap year's), as an access grant does: a longer need asks the member again. */
    public static final Duration LONGEST_CONSENT = Duration.ofDays(366);

    /** Enough for a reason the provider can be held to ("continuity of care: cardiology referral"). */
    public static final int LONGEST_PURPOSE = 200;

    public interface Commands extends CommandData {
        /** The insurer records the member's consent for one provider. */
        class Record extends TypeOnlyCommandData implements Commands { }

        /** The insurer records that the member withdrew a consent before it expired. */
        class Withdraw extends TypeOnlyCommandData implements Commands { }
    }

    @Override
    public void verify(LedgerTransaction tx) {
        OutputCustody.verify(tx);
        requireThat(require -> {
            require.using("A member consent transaction must carry exactly one member consent command",
                    tx.commandsOfType(Commands.class).size() == 1);
            return null;
        });
        CommandWithParties<Commands> command = requireSingleCommand(tx.getCommands(), Commands.class);
        Commands value = command.getValue();
        if (value instanceof Commands.Record) {
            verifyRecord(tx, command.getSigners());
        } else if (value instanceof Commands.Withdraw) {
            verifyWithdraw(tx, command.getSigners());
        } else {
            throw new IllegalArgumentException("Unrecognised member consent command: " + value.getClass().getName());
        }
    }

    private static void verifyRecord(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("No consent may be consumed when recording one", tx.inputsOfType(MemberConsentState.class).isEmpty());
            require.using("Exactly one consent must be recorded", tx.outputsOfType(MemberConsentState.class).size() == 1);
            MemberConsentState consent = tx.outputsOfType(MemberConsentState.class).get(0);
            require.using("The consent must name a provider other than the insurer",
                    !consent.getProvider().equals(consent.getInsurer()));
            require.using("The consent must name the member", ClaimContract.isPresent(consent.getMemberId()));
            require.using("The consent must state its purpose", ClaimContract.isPresent(consent.getPurpose()));
            require.using("The consent's purpose must be at most " + LONGEST_PURPOSE + " characters",
                    consent.getPurpose().length() <= LONGEST_PURPOSE);
            require.using("A new consent must not be withdrawn",
                    consent.getWithdrawnAt() == null && consent.getWithdrawalReason() == null);
            requireNotarisedTime(require, tx.getTimeWindow(), consent.getIssuedAt(), "consent", "issue");
            require.using("A consent must expire after it is issued", consent.getExpiresAt().isAfter(consent.getIssuedAt()));
            require.using("A consent may last at most " + LONGEST_CONSENT.toDays() + " days",
                    !consent.getExpiresAt().isAfter(consent.getIssuedAt().plus(LONGEST_CONSENT)));
            require.using("The insurer alone must sign a consent", signedByAlone(signers, consent.getInsurer()));
            return null;
        });
    }

    private static void verifyWithdraw(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("Exactly one consent must be consumed", tx.inputsOfType(MemberConsentState.class).size() == 1);
            require.using("Exactly one consent must be produced", tx.outputsOfType(MemberConsentState.class).size() == 1);
            MemberConsentState before = tx.inputsOfType(MemberConsentState.class).get(0);
            MemberConsentState after = tx.outputsOfType(MemberConsentState.class).get(0);
            require.using("Only a consent not yet withdrawn can be withdrawn", !before.isWithdrawn());
            require.using("A withdrawal must state its reason", ClaimContract.isPresent(after.getWithdrawalReason()));
            require.using("A withdrawal must change nothing but the withdrawal time and reason",
                    after.equals(before.withWithdrawal(after.getWithdrawnAt(), after.getWithdrawalReason())));
            requireNotarisedTime(require, tx.getTimeWindow(), after.getWithdrawnAt(), "withdrawal", "withdrawal");
            require.using("The insurer alone must sign a withdrawal", signedByAlone(signers, before.getInsurer()));
            return null;
        });
    }

    /** The insurer's key and no other: a provider's signature would let it take part in what only the member decides. */
    private static boolean signedByAlone(List<PublicKey> signers, Party insurer) {
        return new HashSet<PublicKey>(signers).equals(Collections.singleton(insurer.getOwningKey()));
    }

    /** The time a consent records is one the notary vouched for: inside the transaction's time window. */
    private static void requireNotarisedTime(Requirements require, TimeWindow window, Instant at, String what, String event) {
        require.using("A " + what + " must have a time window", window != null);
        require.using("The " + event + " time must fall within the transaction's time window", at != null && window.contains(at));
    }
}
