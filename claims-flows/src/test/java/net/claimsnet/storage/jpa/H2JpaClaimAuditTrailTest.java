package net.claimsnet.storage.jpa;

import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.storage.jpa.security.AuditLogEntity;
import net.claimsnet.storage.jpa.security.JpaClaimAuditTrail;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's audit trail lands in the audit_log table, one row per entry, findable by claim. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2JpaClaimAuditTrailTest {

    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");

    private TestDatabase testDatabase;
    private StandaloneDatabase database;

    @BeforeAll
    void open() {
        testDatabase = new H2TestDatabase();
        database = StandaloneDatabase.open(testDatabase.settings());
    }

    @AfterAll
    void close() {
        try {
            database.close();
        } finally {
            testDatabase.close();
        }
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
