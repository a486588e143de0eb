package net.claimsnet.node.audit;

import net.claimsnet.flows.audit.AuditHeadStore;
import net.claimsnet.flows.audit.SignedAuditHead;
import net.corda.core.identity.CordaX500Name;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Signs the chain's head with the node's ledger key every N rows or M minutes (whichever comes first,
 * and only if rows came since), keeps the signed head in the node's own store and hands it to the
 * auditor. Told by the appender after each commit, on its thread, so heads follow the chain in order.
 */
public final class AuditHeadSigner implements AuditAppender.Listener {

    private final CordaX500Name node;
    private final java.security.KeyPair key;
    private final AuditHeadStore heads;
    private final Clock clock;
    private final AuditSettings settings;
    private final Consumer<SignedAuditHead> toAuditor;
    private long signedSeq;
    private Instant signedAt;

    public AuditHeadSigner(CordaX500Name node, java.security.KeyPair key, AuditHeadStore heads, Clock clock,
                           AuditSettings settings, Consumer<SignedAuditHead> toAuditor) {
        this.node = Objects.requireNonNull(node, "node");
        this.key = Objects.requireNonNull(key, "key");
        this.heads = Objects.requireNonNull(heads, "heads");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.toAuditor = Objects.requireNonNull(toAuditor, "toAuditor");
        List<SignedAuditHead> newest = heads.newest(node, 1);
        this.signedSeq = newest.isEmpty() ? 0 : newest.get(0).getSeq();
        // No head yet (a new node, or one upgraded from an unchained log): the first rows are signed at once.
        this.signedAt = newest.isEmpty() ? Instant.EPOCH : newest.get(0).getSignedAt();
    }

    @Override
    public void committed(ChainHead head) {
        if (head.seq() - signedSeq >= settings.rowsPerHead() || due()) {
            sign(head);
        }
    }

    @Override
    public void idle(ChainHead head) {
        if (head.seq() > signedSeq && due()) {
            sign(head);
        }
    }

    /**
     * Signs this head now (unless it or a newer one is signed already) and sends it; returns the newest
     * signed head, none while the chain is empty.
     */
    public synchronized java.util.Optional<SignedAuditHead> sign(ChainHead head) {
        if (head.seq() <= signedSeq) {
            return heads.newest(node, 1).stream().findFirst();
        }
        SignedAuditHead signed = SignedAuditHead.sign(node, head.seq(), head.hash(), clock.instant(), key);
        heads.keep(signed);
        signedSeq = head.seq();
        signedAt = signed.getSignedAt();
        toAuditor.accept(signed);
        return java.util.Optional.of(signed);
    }

    private synchronized boolean due() {
        return !clock.instant().isBefore(signedAt.plus(settings.headInterval()));
    }
}
