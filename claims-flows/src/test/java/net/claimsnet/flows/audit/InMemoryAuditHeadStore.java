package net.claimsnet.flows.audit;

import net.corda.core.identity.CordaX500Name;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Signed audit heads in memory, for in-JVM networks and tests. */
public final class InMemoryAuditHeadStore implements AuditHeadStore {

    private final List<SignedAuditHead> heads = new ArrayList<>();

    @Override
    public synchronized void keep(SignedAuditHead head) {
        boolean known = heads.stream().anyMatch(h -> h.getNode().equals(head.getNode()) && h.getSeq() == head.getSeq());
        if (!known) {
            heads.add(head);
        }
    }

    @Override
    public synchronized List<SignedAuditHead> newest(CordaX500Name node, int max) {
        return heads.stream().filter(h -> h.getNode().equals(node))
                .sorted(Comparator.comparingLong(SignedAuditHead::getSeq).reversed())
                .limit(max)
                .toList();
    }

    /** Forgets a node's heads from {@code seq} on: what an intruder who cut the node's log short would do to its copy. */
    public synchronized void forgetFrom(CordaX500Name node, long seq) {
        heads.removeIf(h -> h.getNode().equals(node) && h.getSeq() >= seq);
    }
}
