package net.claimsnet.web.desk.billing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.ledger.attachments.AttachmentStore;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.node.server.NodeRuntime;
import net.corda.core.crypto.SecureHash;

import java.util.List;

/**
 * Documents a clerk uploads (an operative report answering a request for information): kept in the
 * node's attachment store under their SHA-256, which is what the claim on the ledger names.
 */
@ApplicationScoped
public class ClaimDocuments {

    @EJB
    private NodeRuntime runtime;

    /** Keeps the document (once: the same bytes twice keep one copy) and returns its hash. */
    public SecureHash keep(byte[] content) {
        StoredAttachment document = StoredAttachment.of(content, runtime.node().name().getOrganisation(), List.of());
        AttachmentStore store = runtime.node().stores().attachments();
        store.put(document);
        return document.id();
    }
}
