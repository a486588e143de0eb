package net.claimsnet.flows.audit;

import net.corda.core.serialization.CordaSerializable;

/** A node to the auditor: keep this head of my audit chain (if any), and tell me the newest heads of mine you hold. */
@CordaSerializable
public final class AuditHeadRequest {

    private final SignedAuditHead head;
    private final int maxHeads;

    public AuditHeadRequest(SignedAuditHead head, int maxHeads) {
        this.head = head;
        this.maxHeads = maxHeads;
    }

    /** Null when the node only asks. */
    public SignedAuditHead getHead() {
        return head;
    }

    public int getMaxHeads() {
        return maxHeads;
    }
}
