package net.claimsnet.flows.recovery;

import net.claimsnet.ledger.storage.TransactionStore;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateRef;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Which of its transactions a node hands a peer that asks for ledger recovery: those the peer takes
 * part in, as a participant of a state the transaction produces or consumes (the transactions it was
 * sent when they were finalised). The network's auditor observes every finalised transaction, so it
 * is entitled to all. Anything else stays with the node: claims are PHI, shared with their parties only.
 */
public final class RecoveryEntitlement {

    private final TransactionStore ownTransactions;

    /** @param ownTransactions this node's transactions, to read the states a transaction consumes */
    public RecoveryEntitlement(TransactionStore ownTransactions) {
        this.ownTransactions = ownTransactions;
    }

    public boolean entitles(Party requester, boolean requesterIsAuditor, SignedTransaction transaction) {
        if (requesterIsAuditor) {
            return true;
        }
        PublicKey key = requester.getOwningKey();
        WireTransaction wire = transaction.getTx();
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
