package net.claimsnet.flows.notary;

import net.corda.core.crypto.TransactionSignature;
import net.corda.core.serialization.CordaSerializable;

import java.util.List;

/** The notary's signature over the transaction id, or why it refuses (with the conflicting states). */
@CordaSerializable
public final class NotarisationResponse {

    private final TransactionSignature signature;
    private final String refusal;
    private final List<StateConflict> conflicts;

    public NotarisationResponse(TransactionSignature signature, String refusal, List<StateConflict> conflicts) {
        this.signature = signature;
        this.refusal = refusal;
        this.conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public static NotarisationResponse signed(TransactionSignature signature) {
        return new NotarisationResponse(signature, null, List.of());
    }

    public static NotarisationResponse refused(String reason, List<StateConflict> conflicts) {
        return new NotarisationResponse(null, reason, conflicts);
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
}
