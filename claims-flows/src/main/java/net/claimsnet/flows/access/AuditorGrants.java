package net.claimsnet.flows.access;

import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TransactionState;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grants an insurer holds, read from its vault, as they decide what the auditor may have whole
 * (claims with their PHI) rather than torn off. Consulted by the node that holds them: the insurer
 * answering the auditor's requests for disclosure and its fetches of back chains.
 */
public final class AuditorGrants {

    private final VaultStore vault;
    private final Party auditor;

    public AuditorGrants(VaultStore vault, Party auditor) {
        this.vault = vault;
        this.auditor = auditor;
    }

    /** The grant in force at that instant that opens the claim to the auditor, if any. */
    public Optional<AccessGrantState> opening(ClaimState claim, Instant at) {
        for (StateAndRef<AccessGrantState> grant : vault.unconsumed(AccessGrantState.class)) {
            AccessGrantState state = grant.getState().getData();
            if (state.getAuditor().equals(auditor) && state.permits(claim, at)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** The claims in the transaction's outputs that no grant opens to the auditor at that instant. */
    public List<ClaimState> closedClaims(SignedTransaction transaction, Instant at) {
        List<ClaimState> closed = new ArrayList<>();
        for (TransactionState<ContractState> output : transaction.getTx().getOutputs()) {
            if (output.getData() instanceof ClaimState && opening((ClaimState) output.getData(), at).isEmpty()) {
                closed.add((ClaimState) output.getData());
            }
        }
        return closed;
    }

    /**
     * Whether the auditor may have this transaction whole on a fetch of a back chain it was sent: no
     * claim in it is closed to the auditor. (What it is asked for is already bounded by what was sent:
     * a granted claim's earlier versions, the member's coverage and accumulators it was decided
     * against; another claim that moved the same accumulator goes torn off.)
     */
    public boolean opensInBackChain(SignedTransaction transaction, Instant at) {
        return closedClaims(transaction, at).isEmpty();
    }

    /** Whether the auditor takes part in some output (a grant): it keeps those whole, as any participant. */
    public static boolean auditorTakesPart(SignedTransaction transaction, Party auditor) {
        for (TransactionState<ContractState> output : transaction.getTx().getOutputs()) {
            for (AbstractParty participant : output.getData().getParticipants()) {
                if (participant.getOwningKey().equals(auditor.getOwningKey())) {
                    return true;
                }
            }
        }
        return false;
    }
}
