package net.claimsnet.ledger.attachments;

import net.corda.core.contracts.Attachment;
import net.corda.core.contracts.ContractAttachment;
import net.corda.core.crypto.SecureHash;
import net.corda.core.internal.AbstractAttachment;
import net.corda.core.node.services.AttachmentStorage;
import net.corda.core.node.services.vault.AttachmentQueryCriteria;
import net.corda.core.node.services.vault.AttachmentSort;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Corda's view of a node's {@link AttachmentStore}. Opened attachments are kept: Corda caches the
 * attachment class loader per set of attachment objects, and reads a JAR's signers once per object.
 */
public final class CordaAttachmentStorage implements AttachmentStorage {

    private final AttachmentStore store;
    private final ConcurrentMap<SecureHash, Attachment> opened = new ConcurrentHashMap<>();

    public CordaAttachmentStorage(AttachmentStore store) {
        this.store = store;
    }

    @Override
    public Attachment openAttachment(SecureHash id) {
        Attachment attachment = opened.get(id);
        if (attachment != null) {
            return attachment;
        }
        return store.find(id).map(this::toCorda).map(a -> {
            Attachment previous = opened.putIfAbsent(id, a);
            return previous == null ? a : previous;
        }).orElse(null);
    }

    @Override
    public boolean hasAttachment(SecureHash attachmentId) {
        return opened.containsKey(attachmentId) || store.find(attachmentId).isPresent();
    }

    @Override
    public SecureHash importAttachment(InputStream jar) {
        return importAttachment(jar, "unknown", null);
    }

    @Override
    public SecureHash importAttachment(InputStream jar, String uploader, String filename) {
        try {
            return store.put(StoredAttachment.of(jar.readAllBytes(), uploader, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attachment", e);
        }
    }

    @Override
    public SecureHash importOrGetAttachment(InputStream jar) {
        return importAttachment(jar);
    }

    @Override
    public List<SecureHash> queryAttachments(AttachmentQueryCriteria criteria, AttachmentSort sorting) {
        // Corda asks this only on its "missing dependency" path, which a single contracts JAR never takes.
        return new ArrayList<>(store.ids());
    }

    @Override
    public List<SecureHash> queryAttachments(AttachmentQueryCriteria criteria) {
        return queryAttachments(criteria, null);
    }

    @Override
    public List<SecureHash> getLatestContractAttachments(String contractClassName, int minContractVersion) {
        List<SecureHash> ids = new ArrayList<>();
        for (SecureHash id : store.ids()) {
            store.find(id).filter(a -> a.contractClassNames().contains(contractClassName)).ifPresent(a -> ids.add(id));
        }
        return ids;
    }

    private Attachment toCorda(StoredAttachment stored) {
        byte[] bytes = stored.bytes();
        Attachment raw = new JarBytesAttachment(stored.id(), bytes, stored.uploader());
        if (!stored.isContractAttachment()) {
            return raw;
        }
        List<String> contracts = stored.contractClassNames();
        Set<String> others = new HashSet<>(contracts.subList(1, contracts.size()));
        return new ContractAttachment(raw, contracts.get(0), others, stored.uploader());
    }

    /** A JAR held in memory under its hash. */
    private static final class JarBytesAttachment extends AbstractAttachment {
        private final SecureHash id;

        JarBytesAttachment(SecureHash id, byte[] bytes, String uploader) {
            super(() -> bytes, uploader);
            this.id = id;
        }

        @Override
        public SecureHash getId() {
            return id;
        }
    }
}
