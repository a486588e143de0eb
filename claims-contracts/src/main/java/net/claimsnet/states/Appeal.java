package net.claimsnet.states;

import net.corda.core.crypto.SecureHash;
import net.corda.core.serialization.CordaSerializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A provider's appeal of an adjudication: why, and the supporting documents by hash.
 */
@CordaSerializable
public final class Appeal {

    private final String reason;
    private final List<SecureHash> supportingAttachmentHashes;

    public Appeal(
            String reason,
            List<SecureHash> supportingAttachmentHashes) {
        this.reason = reason;
        this.supportingAttachmentHashes = supportingAttachmentHashes == null ? Collections.<SecureHash>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(supportingAttachmentHashes));
    }

    public String getReason() { return reason; }

    public List<SecureHash> getSupportingAttachmentHashes() { return supportingAttachmentHashes; }

    public Appeal withReason(String reason) {
        return new Appeal(reason, supportingAttachmentHashes);
    }

    public Appeal withSupportingAttachmentHashes(List<SecureHash> supportingAttachmentHashes) {
        return new Appeal(reason, supportingAttachmentHashes);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Appeal)) return false;
        Appeal that = (Appeal) o;
        return Objects.equals(reason, that.reason)
                && Objects.equals(supportingAttachmentHashes, that.supportingAttachmentHashes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, supportingAttachmentHashes);
    }

    @Override
    public String toString() {
        return "Appeal(reason=" + reason
                + ", supportingAttachmentHashes=" + supportingAttachmentHashes + ")";
    }
}
