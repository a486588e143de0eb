package net.claimsnet.flows.resolution;

import net.corda.core.serialization.CordaSerializable;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/** The transactions asked for, or why the sender refuses (not in the back chain of what it sent). */
@CordaSerializable
public final class FetchResponse {

    private final List<SignedTransaction> transactions;
    private final String refusal;

    public FetchResponse(List<SignedTransaction> transactions, String refusal) {
        this.transactions = transactions == null ? List.of() : List.copyOf(transactions);
        this.refusal = refusal;
    }

    public static FetchResponse of(List<SignedTransaction> transactions) {
        return new FetchResponse(transactions, null);
    }

    public static FetchResponse refused(String reason) {
        return new FetchResponse(List.of(), reason);
    }

    public List<SignedTransaction> getTransactions() {
        return transactions;
    }

    public String getRefusal() {
        return refusal;
    }
}
