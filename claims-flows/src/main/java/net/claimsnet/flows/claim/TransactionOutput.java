package net.claimsnet.flows.claim;

import net.corda.core.contracts.ContractState;
import net.corda.core.transactions.SignedTransaction;

import java.util.ArrayList;
import java.util.List;

/** An output state of a transaction with its index. */
final class TransactionOutput {

    final int index;
    final ContractState state;

    private TransactionOutput(int index, ContractState state) {
        this.index = index;
        this.state = state;
    }

    static List<TransactionOutput> of(SignedTransaction transaction) {
        List<TransactionOutput> outputs = new ArrayList<>();
        for (int i = 0; i < transaction.getTx().getOutputs().size(); i++) {
            outputs.add(new TransactionOutput(i, transaction.getTx().getOutputs().get(i).getData()));
        }
        return outputs;
    }
}
