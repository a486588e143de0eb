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
    private final NotaryRefusal kind;

    public NotarisationResponse(TransactionSignature signature, String refusal, List<StateConflict> conflicts,
                                boolean outsideTimeWindow, NotaryRefusal kind) {
        this.signature = signature;
        this.refusal = refusal;
        this.conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        this.outsideTimeWindow = outsideTimeWindow;
        this.kind = kind;
    }

    public static NotarisationResponse signed(TransactionSignature signature) {
        return new NotarisationResponse(signature, null, List.of(), false, null);
    }

    /** A double spend: the conflicting states and the transactions that consumed them. */
    public static NotarisationResponse refused(String reason, List<StateConflict> conflicts) {
        return new NotarisationResponse(null, reason, conflicts, false, NotaryRefusal.CONFLICT);
    }

    /** Any other refusal but the time window's: nothing was committed. */
    public static NotarisationResponse refused(NotaryRefusal kind, String reason) {
        return new NotarisationResponse(null, reason, List.of(), false, kind);
    }

    /** Refused only because the notary's time is outside the transaction's time window. */
    public static NotarisationResponse outsideTimeWindow(String reason) {
        return new NotarisationResponse(null, reason, List.of(), true, NotaryRefusal.OUTSIDE_TIME_WINDOW);
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

    /** Why it was refused; null when signed. */
    public NotaryRefusal getKind() {
        return kind;
    }
}
