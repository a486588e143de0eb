package net.claimsnet.node.audit;

import net.claimsnet.flows.audit.AuditHeadStore;
import net.claimsnet.flows.audit.SignedAuditHead;
import net.claimsnet.node.desk.ClaimAuditEntry;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.corda.core.identity.CordaX500Name;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * A node's audit log, one per node process: what every part of the node records (desks, logins,
 * administration, disclosures to other nodes), chained and written by one {@link AuditAppender}, its
 * heads signed once the node's key is known ({@link #startSigning}), and checked on demand ({@link #verify}).
 */
public final class NodeAuditLog implements AutoCloseable {

    /** Resource types: what a row's resource id names. */
    public static final String CLAIM = "Claim";
    public static final String COVERAGE = "Coverage";
    /** An access grant to the auditor, by its ledger id. */
    public static final String ACCESS_GRANT = "AccessGrant";
    /** A member's consent to share their history with a provider, by its ledger id (the trail names no member). */
    public static final String MEMBER_CONSENT = "MemberConsent";
    /** A user of this node, by user name: logins. */
    public static final String USER = "User";
    /** A flow of this node, by flow id: an operator's retry or abandon. */
    public static final String FLOW = "Flow";
    /** The node itself: an administrator's reads of its machinery, checks of its audit log. */
    public static final String NODE = "Node";

    private final AuditChainStore chain;
    private final AuditHeadStore heads;
    private final AuditAppender appender;
    private final Clock clock;
    private final AuditSettings settings;
    private volatile AuditHeadSigner signer;
    private volatile CordaX500Name node;
    private volatile PublicKey nodeKey;

    public NodeAuditLog(AuditChainStore chain, AuditHeadStore heads, ThreadFactory threads, Clock clock, AuditSettings settings) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.heads = Objects.requireNonNull(heads, "heads");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.appender = new AuditAppender(chain, threads);
    }

    /** Records one event now; returns once it is committed. */
    public void record(String actor, String action, String resourceType, String resourceId, String outcome, String detail) {
        appender.append(List.of(new AuditEvent(clock.instant(), actor, action, resourceType, resourceId, outcome, detail)));
    }

    /** Records the events as consecutive rows in one commit; returns once they are committed. */
    public void record(List<AuditEvent> events) {
        appender.append(events);
    }

    /** The desk's trail of one resource type over this log. */
    public ClaimAuditTrail trail(String resourceType) {
        return new ChainedAuditTrail(this, resourceType);
    }

    public List<ClaimAuditEntry> entriesFor(String resourceType, String resourceId, int max) {
        return chain.entriesFor(resourceType, resourceId, max);
    }

    public Clock clock() {
        return clock;
    }

    /**
     * From now on signs the chain's head with the node's key every N rows or M minutes and hands each
     * signed head to {@code toAuditor} (the auditor node keeps its own heads only).
     */
    public void startSigning(CordaX500Name node, KeyPair key, Consumer<SignedAuditHead> toAuditor) {
        this.node = node;
        this.nodeKey = key.getPublic();
        AuditHeadSigner started = new AuditHeadSigner(node, key, heads, clock, settings, toAuditor);
        this.signer = started;
        appender.listener(started);
    }

    /** Signs the head now (what the chain has committed), if rows came since the last head. */
    public Optional<SignedAuditHead> signHead() {
        return requireSigner().sign(chain.head());
    }

    /** This node's own copy of its signed heads, newest first. */
    public List<SignedAuditHead> ownHeads(int max) {
        return heads.newest(requireNode(), max);
    }

    /**
     * Checks the whole chain against itself, this node's signed heads and the heads the auditor holds
     * (empty when it could not be asked: then a cut-off tail that took this node's heads with it goes unseen).
     */
    public AuditChainVerdict verify(List<SignedAuditHead> auditorHeads) {
        CordaX500Name name = requireNode();
        return new AuditChainVerifier(chain, nodeKey, settings, clock)
                .verify(name.getOrganisation(), heads.newest(name, Integer.MAX_VALUE), auditorHeads);
    }

    private AuditHeadSigner requireSigner() {
        AuditHeadSigner current = signer;
        if (current == null) {
            throw new IllegalStateException("The audit log signs nothing before the node's key is loaded");
        }
        return current;
    }

    private CordaX500Name requireNode() {
        requireSigner();
        return node;
    }

    @Override
    public void close() {
        appender.close();
    }
}
