package net.claimsnet.storage.jpa;

import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.storage.jpa.security.AuditLogEntity;
import net.claimsnet.storage.jpa.security.JpaClaimAuditTrail;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's audit trail lands in the audit_log table, one row per entry, findable by claim. */
class H2JpaClaimAuditTrailTest extends StorageContract {

    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }

    @Test
    void eachEntryIsARowNamingWhoWhatWhichClaimAndWhen() {
        ClaimAuditTrail trail = new JpaClaimAuditTrail(database.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));

        trail.record("auditor@regulator", "READ", "6f1c0f8e-0000-4000-8000-000000000001", ClaimAuditTrail.ALLOWED, null);
        trail.record("billing@lakeside", "READ", "6f1c0f8e-0000-4000-8000-000000000001", ClaimAuditTrail.DENIED,
                "x".repeat(1500));

        List<AuditLogEntity> rows = database.transactions().inTransaction(em -> em.createNamedQuery(
                        AuditLogEntity.BY_RESOURCE, AuditLogEntity.class)
                .setParameter("type", JpaClaimAuditTrail.CLAIM)
                .setParameter("id", "6f1c0f8e-0000-4000-8000-000000000001").getResultList());
        assertThat(rows).extracting(r -> r.actor() + " " + r.action() + " " + r.outcome())
                .containsExactly("auditor@regulator READ ALLOWED", "billing@lakeside READ DENIED");
        assertThat(rows.get(0).occurredAt()).isEqualTo(NOW);
        assertThat(rows.get(1).detail()).hasSize(1000);
    }
}
