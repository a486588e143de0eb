package net.claimsnet.flows.notary;

import net.claimsnet.ledger.NodeLedger;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.serialization.CordaSerializable;
import net.corda.core.transactions.FilteredTransaction;

import java.util.Objects;

/**
 * All a non-validating notary receives of a transaction: its tear-off, who asks, and the asker's
 * signature over the request ({@link SignedNotarisationRequest#content}). The notary computes the
 * signed bytes itself from the tear-off, so only the signature travels.
 */
@CordaSerializable
public final class NotarisationRequest {

    private final FilteredTransaction transaction;
    private final CordaX500Name requester;
    private final DigitalSignature.WithKey signature;

    public NotarisationRequest(FilteredTransaction transaction, CordaX500Name requester, DigitalSignature.WithKey signature) {
        this.transaction = Objects.requireNonNull(transaction, "transaction");
        this.requester = Objects.requireNonNull(requester, "requester");
        this.signature = Objects.requireNonNull(signature, "signature");
    }

    /** The request for this tear-off, signed by this node with its ledger key. */
    public static NotarisationRequest signed(FilteredTransaction tearOff, Party notary, NodeLedger ledger) {
        CordaX500Name requester = ledger.identity().getName();
        byte[] content = SignedNotarisationRequest.content(tearOff.getId(), tearOff.getInputs(), tearOff.getReferences(),
                notary.getName(), requester);
        return new NotarisationRequest(tearOff, requester, ledger.signContent(content));
    }

    public FilteredTransaction getTransaction() {
        return transaction;
    }

    public CordaX500Name getRequester() {
        return requester;
    }

    public DigitalSignature.WithKey getSignature() {
        return signature;
    }
}
