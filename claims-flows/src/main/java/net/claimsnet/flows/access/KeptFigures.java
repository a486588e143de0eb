package net.claimsnet.flows.access;

import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.Objects;

/** A claim's figures as one tear-off stated them: of which transaction, who sent it and when it came. */
public final class KeptFigures {

    private final SecureHash transactionId;
    private final CordaX500Name from;
    private final Instant receivedAt;
    private final ClaimFigures figures;

    public KeptFigures(SecureHash transactionId, CordaX500Name from, Instant receivedAt, ClaimFigures figures) {
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.from = Objects.requireNonNull(from, "from");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.figures = Objects.requireNonNull(figures, "figures");
    }

    public SecureHash transactionId() { return transactionId; }

    public CordaX500Name from() { return from; }

    public Instant receivedAt() { return receivedAt; }

    public ClaimFigures figures() { return figures; }

    @Override
    public String toString() {
        return "KeptFigures(" + transactionId + ", " + figures + ")";
    }
}
