package net.claimsnet.ledger.attachments;

import net.corda.core.crypto.SecureHash;

import java.util.List;
import java.util.Objects;

/**
 * An attachment as a node keeps it: the JAR's bytes under their SHA-256, who uploaded it, and the
 * contract classes it provides (empty for data-only attachments such as claim documents).
 */
public final class StoredAttachment {

    /** Corda trusts contract code only from uploaders it knows; "app" is an installed CorDapp. */
    public static final String TRUSTED_UPLOADER = "app";

    private final SecureHash id;
    private final byte[] bytes;
    private final String uploader;
    private final List<String> contractClassNames;

    public StoredAttachment(SecureHash id, byte[] bytes, String uploader, List<String> contractClassNames) {
        this.id = Objects.requireNonNull(id, "id");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
        this.uploader = uploader;
        this.contractClassNames = List.copyOf(contractClassNames);
    }

    public static StoredAttachment of(byte[] bytes, String uploader, List<String> contractClassNames) {
        return new StoredAttachment(SecureHash.sha256(bytes), bytes, uploader, contractClassNames);
    }

    public SecureHash id() {
        return id;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String uploader() {
        return uploader;
    }

    public List<String> contractClassNames() {
        return contractClassNames;
    }

    public boolean isContractAttachment() {
        return !contractClassNames.isEmpty();
    }
}
