package net.claimsnet.flows.recovery;

import net.claimsnet.flows.access.AuditorGrants;
import net.claimsnet.ledger.storage.TransactionStore;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateRef;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Which of its transactions a node hands a peer that asks for ledger recovery: those the peer takes
 * part in, as a participant of a state the transaction produces or consumes (the transactions it was
 * sent when they were finalised); and to the network's auditor, the claims this node's grants open to
 * it ({@link AuditorGrants}). Anything else stays with the node: claims are PHI, shared with their
 * parties only (the auditor's tear-offs are not recovered from peers).
 */
public final class RecoveryEntitlement {

    private final TransactionStore ownTransactions;

    /** @param ownTransactions this node's transactions, to read the states a transaction consumes */
    public RecoveryEntitlement(TransactionStore ownTransactions) {
        this.ownTransactions = ownTransactions;
    }

    /** @param auditorsGrants this node's grants, when the requester is the auditor; null otherwise */
    public boolean entitles(Party requester, AuditorGrants auditorsGrants, Instant at, SignedTransaction transaction) {
        PublicKey key = requester.getOwningKey();
        WireTransaction wire = transaction.getTx();
        if (auditorsGrants != null && !wire.outputsOfType(ClaimState.class).isEmpty()
                && auditorsGrants.closedClaims(transaction, at).isEmpty()) {
            return true;
        }
        for (var output : wire.getOutputs()) {
            if (participates(key, output.getData())) {
                return true;
            }
        }
        for (StateRef input : wire.getInputs()) {
            Optional<ContractState> consumed = ownTransactions.find(input.getTxhash())
                    .map(producer -> producer.getTx().getOutputs().get(input.getIndex()).getData());
            if (consumed.isPresent() && participates(key, consumed.get())) {
                return true;
            }
        }
        return false;
    }

    private static boolean participates(PublicKey key, ContractState state) {
        for (AbstractParty participant : state.getParticipants()) {
            if (participant.getOwningKey().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
