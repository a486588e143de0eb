package net.claimsnet.flows.access;

import net.corda.core.serialization.CordaSerializable;

/** How many transactions follow, whole; none with the reason when no grant opens what was asked. */
@CordaSerializable
public final class DisclosureAnswer {

    private final int transactions;
    private final String refusal;

    public DisclosureAnswer(int transactions, String refusal) {
        this.transactions = transactions;
        this.refusal = refusal;
    }

    public int getTransactions() { return transactions; }

    /** Why nothing is disclosed, or null. */
    public String getRefusal() { return refusal; }
}
