package net.claimsnet.storage.jpa.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One audited event: who did what to which resource, when, and whether it was allowed. Resources
 * are named by type and id only, so the log itself holds no PHI. Read-only here: rows are written,
 * numbered and chained by {@link JpaAuditChainStore} in JDBC batches.
 */
@Entity
@Table(name = "audit_log")
@NamedQuery(name = AuditLogEntity.BY_RESOURCE,
        query = "select a from AuditLogEntity a where a.resourceType = :type and a.resourceId = :id order by a.occurredAt, a.id")
@NamedQuery(name = AuditLogEntity.CHAIN_PAGE,
        query = "select a from AuditLogEntity a where a.chainSeq > :seq or (a.chainSeq = :seq and a.id > :id)"
                + " order by a.chainSeq, a.id")
@NamedQuery(name = AuditLogEntity.UNCHAINED, query = "select a.id from AuditLogEntity a where a.chainSeq is null order by a.id")
@NamedQuery(name = AuditLogEntity.BY_RESOURCE_NEWEST_FIRST,
        query = "select a from AuditLogEntity a where a.resourceType = :type and a.resourceId = :id"
                + " order by a.occurredAt desc, a.id desc")
public class AuditLogEntity {

    public static final String BY_RESOURCE = "AuditLog.byResource";
    /** Chained rows after a position, in chain order (the ux_audit_log_chain_seq index). */
    public static final String CHAIN_PAGE = "AuditLog.chainPage";
    public static final String UNCHAINED = "AuditLog.unchained";
    /** A resource's entries, newest first (the ix_audit_log_resource index finds them; a claim has few enough to sort). */
    public static final String BY_RESOURCE_NEWEST_FIRST = "AuditLog.byResourceNewestFirst";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = 100, nullable = false)
    private String actor;

    @Column(name = "action", length = 50, nullable = false)
    private String action;

    @Column(name = "resource_type", length = 50, nullable = false)
    private String resourceType;

    @Column(name = "resource_id", length = 200)
    private String resourceId;

    @Column(name = "outcome", length = 20, nullable = false)
    private String outcome;

    @Column(name = "detail", length = 1000)
    private String detail;

    /** Null only for a row the chain never had (written by the audit log, never by this entity). */
    @Column(name = "chain_seq", insertable = false, updatable = false)
    private Long chainSeq;

    @Column(name = "previous_hash", length = 64, insertable = false, updatable = false)
    private String previousHash;

    @Column(name = "row_hash", length = 64, insertable = false, updatable = false)
    private String rowHash;

    protected AuditLogEntity() {
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public Long chainSeq() {
        return chainSeq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String rowHash() {
        return rowHash;
    }
}
