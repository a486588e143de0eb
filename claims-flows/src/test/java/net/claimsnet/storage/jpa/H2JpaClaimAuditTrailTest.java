package net.claimsnet.storage.jpa;

import net.claimsnet.node.desk.ClaimAuditEntry;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.storage.jpa.security.AuditLogEntity;
import net.claimsnet.storage.jpa.security.JpaClaimAuditTrail;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
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

    @Test
    void aSearchRecordsOneRowPerClaimOnItsPageInOneCommitAndNothingForAnEmptyPage() {
        ClaimAuditTrail trail = new JpaClaimAuditTrail(database.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        List<String> page = List.of("6f1c0f8e-0000-4000-8000-000000000011", "6f1c0f8e-0000-4000-8000-000000000012");

        trail.recordEach("adjuster@acme", "SEARCH", page, ClaimAuditTrail.ALLOWED);
        trail.recordEach("adjuster@acme", "SEARCH", List.of(), ClaimAuditTrail.ALLOWED);

        assertThat(trail.entriesFor(page.get(0), 10)).extracting(e -> e.actor() + " " + e.action() + " " + e.outcome())
                .containsExactly("adjuster@acme SEARCH ALLOWED");
        assertThat(trail.entriesFor(page.get(1), 10)).hasSize(1);
        Number rows = database.transactions().inTransaction(em -> (Number) em.createNativeQuery(
                "select count(*) from audit_log").getSingleResult());
        assertThat(rows.longValue()).isEqualTo(2);
    }

    @Test
    void aClaimsEntriesAreReadBackNewestFirstUpToTheLimitAndOnlyThatClaims() {
        String claim = "6f1c0f8e-0000-4000-8000-000000000002";
        Instant[] now = {NOW};
        Clock ticking = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now[0] = now[0].plus(Duration.ofSeconds(1));
                return now[0];
            }
        };
        ClaimAuditTrail trail = new JpaClaimAuditTrail(database.transactions(), ticking);
        ClaimAuditTrail coverages = new JpaClaimAuditTrail(database.transactions(), ticking, JpaClaimAuditTrail.COVERAGE);
        trail.record("auditor@regulator", "READ", claim, ClaimAuditTrail.ALLOWED, null);
        trail.record("billing@stmary", "SUBMIT", "another claim", ClaimAuditTrail.ALLOWED, null);
        trail.record("adjuster@acme", "ADJUDICATE", claim, ClaimAuditTrail.REFUSED, "contract");
        coverages.record("adjuster@acme", "READ_COVERAGE", claim, ClaimAuditTrail.ALLOWED, null);
        trail.record("auditor@regulator", "VERIFY", claim, ClaimAuditTrail.ALLOWED, "all 2 transactions verified");

        List<ClaimAuditEntry> entries = trail.entriesFor(claim, 10);

        assertThat(entries).extracting(e -> e.actor() + " " + e.action() + " " + e.outcome()).containsExactly(
                "auditor@regulator VERIFY ALLOWED", "adjuster@acme ADJUDICATE REFUSED", "auditor@regulator READ ALLOWED");
        assertThat(entries.get(0).detail()).isEqualTo("all 2 transactions verified");
        assertThat(entries.get(2).at()).isEqualTo(NOW.plusSeconds(1));
        assertThat(trail.entriesFor(claim, 2)).extracting(ClaimAuditEntry::action).containsExactly("VERIFY", "ADJUDICATE");
    }
}
