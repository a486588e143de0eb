package net.claimsnet.flows.notary;

import net.corda.core.crypto.TransactionSignature;
import net.corda.core.serialization.CordaSerializable;

import java.util.List;

/**
 * The notary's signature over the transaction id, or why it refuses: with the conflicting states, or
 * saying that its time was outside the transaction's time window (which the proposer may answer by
 * building the transaction again with a fresh window, as nothing was consumed).
 */
@CordaSerializable
public final class NotarisationResponse {

    private final TransactionSignature signature;
    private final String refusal;
    private final List<StateConflict> conflicts;
    private final boolean outsideTimeWindow;

    public NotarisationResponse(TransactionSignature signature, String refusal, List<StateConflict> conflicts,
                                boolean outsideTimeWindow) {
        this.signature = signature;
        this.refusal = refusal;
        this.conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        this.outsideTimeWindow = outsideTimeWindow;
    }

    public static NotarisationResponse signed(TransactionSignature signature) {
        return new NotarisationResponse(signature, null, List.of(), false);
    }

    public static NotarisationResponse refused(String reason, List<StateConflict> conflicts) {
        return new NotarisationResponse(null, reason, conflicts, false);
    }

    /** Refused only because the notary's time is outside the transaction's time window. */
    public static NotarisationResponse outsideTimeWindow(String reason) {
        return new NotarisationResponse(null, reason, List.of(), true);
    }

    public TransactionSignature getSignature() {
        return signature;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<StateConflict> getConflicts() {
        return conflicts;
    }

    public boolean isOutsideTimeWindow() {
        return outsideTimeWindow;
    }
}
