package net.claimsnet.contracts;

import net.claimsnet.states.AccessGrantState;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.CommandWithParties;
import net.corda.core.contracts.Contract;
import net.corda.core.contracts.Requirements;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.TypeOnlyCommandData;
import net.corda.core.transactions.LedgerTransaction;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static net.corda.core.contracts.ContractsDSL.requireSingleCommand;
import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * The rules for an insurer's grant of access to the auditor: only the insurer grants and revokes; a
 * grant states its scope and purpose and ends by itself within {@link #LONGEST_GRANT}; its issue and
 * revocation times are the notary's (inside the transaction's time window), not a clock a party could
 * set back. A revocation keeps the grant as it was and adds when and why.
 */
public class AccessGrantContract implements Contract {

    public static final String ID = "net.claimsnet.contracts.AccessGrantContract";

    /** A grant lasts a year at most (a leap year's): an audit that needs more asks again. */
    public static final Duration LONGEST_GRANT = Duration.ofDays(366);

    /** Enough for a reason an auditor can be held to ("2026 Q3 claims audit, engagement 4711"). */
    public static final int LONGEST_PURPOSE = 200;

    public interface Commands extends CommandData {
        /** The insurer opens part of its claims to the auditor. */
        class Grant extends TypeOnlyCommandData implements Commands { }

        /** The insurer ends a grant before it expires. */
        class Revoke extends TypeOnlyCommandData implements Commands { }
    }

    @Override
    public void verify(LedgerTransaction tx) {
        OutputCustody.verify(tx);
        requireThat(require -> {
            require.using("An access grant transaction must carry exactly one access grant command",
                    tx.commandsOfType(Commands.class).size() == 1);
            return null;
        });
        CommandWithParties<Commands> command = requireSingleCommand(tx.getCommands(), Commands.class);
        Commands value = command.getValue();
        if (value instanceof Commands.Grant) {
            verifyGrant(tx, command.getSigners());
        } else if (value instanceof Commands.Revoke) {
            verifyRevoke(tx, command.getSigners());
        } else {
            throw new IllegalArgumentException("Unrecognised access grant command: " + value.getClass().getName());
        }
    }

    private static void verifyGrant(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("No access grant may be consumed when granting access",
                    tx.inputsOfType(AccessGrantState.class).isEmpty());
            require.using("Exactly one access grant must be issued", tx.outputsOfType(AccessGrantState.class).size() == 1);
            AccessGrantState grant = tx.outputsOfType(AccessGrantState.class).get(0);
            require.using("The grant must name an auditor other than the insurer",
                    !grant.getAuditor().equals(grant.getInsurer()));
            require.using("The grant's scope must name a provider, a member or a claim, or a range of service dates",
                    grant.getScope().isWellFormed());
            require.using("The grant must state its purpose", ClaimContract.isPresent(grant.getPurpose()));
            require.using("The grant's purpose must be at most " + LONGEST_PURPOSE + " characters",
                    grant.getPurpose().length() <= LONGEST_PURPOSE);
            require.using("A new grant must not be revoked",
                    grant.getRevokedAt() == null && grant.getRevocationReason() == null);
            requireNotarisedTime(require, tx.getTimeWindow(), grant.getIssuedAt(), "grant", "issue");
            require.using("A grant must expire after it is issued", grant.getExpiresAt().isAfter(grant.getIssuedAt()));
            require.using("A grant may last at most " + LONGEST_GRANT.toDays() + " days",
                    !grant.getExpiresAt().isAfter(grant.getIssuedAt().plus(LONGEST_GRANT)));
            require.using("The insurer must sign a grant", signers.contains(grant.getInsurer().getOwningKey()));
            return null;
        });
    }

    private static void verifyRevoke(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("Exactly one access grant must be consumed", tx.inputsOfType(AccessGrantState.class).size() == 1);
            require.using("Exactly one access grant must be produced", tx.outputsOfType(AccessGrantState.class).size() == 1);
            AccessGrantState before = tx.inputsOfType(AccessGrantState.class).get(0);
            AccessGrantState after = tx.outputsOfType(AccessGrantState.class).get(0);
            require.using("Only a grant not yet revoked can be revoked", !before.isRevoked());
            require.using("A revocation must state its reason", ClaimContract.isPresent(after.getRevocationReason()));
            require.using("A revocation must change nothing but the revocation time and reason",
                    after.equals(before.withRevocation(after.getRevokedAt(), after.getRevocationReason())));
            requireNotarisedTime(require, tx.getTimeWindow(), after.getRevokedAt(), "revocation", "revocation");
            require.using("The insurer must sign a revocation", signers.contains(before.getInsurer().getOwningKey()));
            return null;
        });
    }

    /** The time a grant records is one the notary vouched for: inside the transaction's time window. */
    private static void requireNotarisedTime(Requirements require, TimeWindow window, Instant at, String what, String event) {
        require.using("A " + what + " must have a time window", window != null);
        require.using("The " + event + " time must fall within the transaction's time window", at != null && window.contains(at));
    }
}
