package net.claimsnet.ledger.attachments;

import net.corda.core.crypto.SecureHash;

import java.util.Collection;
import java.util.Optional;

/** Port: where a node keeps attachments by hash (in memory for tests, the database in a server). */
public interface AttachmentStore {

    /** Stores the attachment unless one with the same hash is already there; returns its id. */
    SecureHash put(StoredAttachment attachment);

    Optional<StoredAttachment> find(SecureHash id);

    Collection<SecureHash> ids();
}
