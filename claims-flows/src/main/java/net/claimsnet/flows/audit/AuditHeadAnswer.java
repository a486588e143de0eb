package net.claimsnet.flows.audit;

import net.corda.core.serialization.CordaSerializable;

import java.util.List;

/** The auditor's answer: the newest heads of the asking node's audit chain it holds, newest first. */
@CordaSerializable
public final class AuditHeadAnswer {

    private final List<SignedAuditHead> heads;

    public AuditHeadAnswer(List<SignedAuditHead> heads) {
        this.heads = List.copyOf(heads);
    }

    public List<SignedAuditHead> getHeads() {
        return heads;
    }
}
