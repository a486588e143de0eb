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
 * are named by type and id only, so the log itself holds no PHI.
 */
@Entity
@Table(name = "audit_log")
@NamedQuery(name = AuditLogEntity.BY_RESOURCE,
        query = "select a from AuditLogEntity a where a.resourceType = :type and a.resourceId = :id order by a.occurredAt, a.id")
@NamedQuery(name = AuditLogEntity.BY_RESOURCE_NEWEST_FIRST,
        query = "select a from AuditLogEntity a where a.resourceType = :type and a.resourceId = :id"
                + " order by a.occurredAt desc, a.id desc")
public class AuditLogEntity {

    public static final String BY_RESOURCE = "AuditLog.byResource";
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

    protected AuditLogEntity() {
    }

    public AuditLogEntity(Instant occurredAt, String actor, String action, String resourceType, String resourceId,
                          String outcome, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.outcome = outcome;
        this.detail = detail;
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
}
