package net.claimsnet.ledger.attachments;

import net.corda.core.crypto.SecureHash;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Attachments in a map: for tests and for the in-JVM network. */
public final class InMemoryAttachmentStore implements AttachmentStore {

    private final ConcurrentMap<SecureHash, StoredAttachment> attachments = new ConcurrentHashMap<>();

    @Override
    public SecureHash put(StoredAttachment attachment) {
        attachments.putIfAbsent(attachment.id(), attachment);
        return attachment.id();
    }

    @Override
    public Optional<StoredAttachment> find(SecureHash id) {
        return Optional.ofNullable(attachments.get(id));
    }

    @Override
    public Collection<SecureHash> ids() {
        return List.copyOf(attachments.keySet());
    }
}
