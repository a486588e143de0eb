package net.claimsnet.flows.resolution;

import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.corda.core.serialization.ConstructorForDeserialization;
import net.corda.core.serialization.CordaSerializable;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/**
 * The transactions asked for, whole or, where the receiver is not entitled to the whole (it
 * carries a third party's states), as tear-offs of the states it needs; or why the sender refuses
 * (not in the back chain of what it sent).
 */
@CordaSerializable
public final class FetchResponse {

    private final List<SignedTransaction> transactions;
    private final List<TornOffTransaction> tearOffs;
    private final String refusal;

    public FetchResponse(List<SignedTransaction> transactions, String refusal) {
        this(transactions, List.of(), refusal);
    }

    @ConstructorForDeserialization
    public FetchResponse(List<SignedTransaction> transactions, List<TornOffTransaction> tearOffs, String refusal) {
        this.transactions = transactions == null ? List.of() : List.copyOf(transactions);
        this.tearOffs = tearOffs == null ? List.of() : List.copyOf(tearOffs);
        this.refusal = refusal;
    }

    public static FetchResponse of(List<SignedTransaction> transactions) {
        return new FetchResponse(transactions, null);
    }

    public static FetchResponse of(List<SignedTransaction> transactions, List<TornOffTransaction> tearOffs) {
        return new FetchResponse(transactions, tearOffs, null);
    }

    public static FetchResponse refused(String reason) {
        return new FetchResponse(List.of(), reason);
    }

    public List<SignedTransaction> getTransactions() {
        return transactions;
    }

    public List<TornOffTransaction> getTearOffs() {
        return tearOffs;
    }

    public String getRefusal() {
        return refusal;
    }
}
