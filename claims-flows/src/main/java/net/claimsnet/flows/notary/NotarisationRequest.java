package net.claimsnet.flows.notary;

import net.corda.core.serialization.CordaSerializable;
import net.corda.core.transactions.FilteredTransaction;

/** All a non-validating notary receives of a transaction: its tear-off (who asks is the session's counterparty). */
@CordaSerializable
public final class NotarisationRequest {

    private final FilteredTransaction transaction;

    public NotarisationRequest(FilteredTransaction transaction) {
        this.transaction = transaction;
    }

    public FilteredTransaction getTransaction() {
        return transaction;
    }
}
