package net.claimsnet.storage.jpa;

import net.claimsnet.flows.audit.SignedAuditHead;
import net.claimsnet.node.ManualClock;
import net.claimsnet.node.audit.AuditSettings;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.ClaimAuditEntry;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.storage.jpa.security.AuditLogEntity;
import net.claimsnet.storage.jpa.security.JpaAuditChainStore;
import net.claimsnet.storage.jpa.security.JpaAuditHeadStore;
import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's audit trail lands in the audit_log table, one chained row per entry, findable by claim. */
class H2JpaClaimAuditTrailTest extends StorageContract {

    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");
    private static final CordaX500Name NODE = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");

    private ManualClock clock;
    private final List<NodeAuditLog> opened = new ArrayList<>();

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }

    private NodeAuditLog log() {
        NodeAuditLog log = new NodeAuditLog(new JpaAuditChainStore(database.transactions()),
                new JpaAuditHeadStore(database.transactions(), clock), Thread::new, clock, AuditSettings.defaults());
        log.startSigning(NODE, Crypto.generateKeyPair(), head -> { });
        opened.add(log);
        return log;
    }

    @BeforeEach
    void startTheClock() {
        clock = new ManualClock(NOW);
    }

    @AfterEach
    void closeLogs() {
        opened.forEach(NodeAuditLog::close);
        opened.clear();
    }

    @Test
    void eachEntryIsARowNamingWhoWhatWhichClaimAndWhen() {
        ClaimAuditTrail trail = log().trail(NodeAuditLog.CLAIM);

        trail.record("auditor@regulator", "READ", "6f1c0f8e-0000-4000-8000-000000000001", ClaimAuditTrail.ALLOWED, null);
        trail.record("billing@lakeside", "READ", "6f1c0f8e-0000-4000-8000-000000000001", ClaimAuditTrail.DENIED,
                "x".repeat(1500));

        List<AuditLogEntity> rows = database.transactions().inTransaction(em -> em.createNamedQuery(
                        AuditLogEntity.BY_RESOURCE, AuditLogEntity.class)
                .setParameter("type", NodeAuditLog.CLAIM)
                .setParameter("id", "6f1c0f8e-0000-4000-8000-000000000001").getResultList());
        assertThat(rows).extracting(r -> r.actor() + " " + r.action() + " " + r.outcome())
                .containsExactly("auditor@regulator READ ALLOWED", "billing@lakeside READ DENIED");
        assertThat(rows.get(0).occurredAt()).isEqualTo(NOW);
        assertThat(rows.get(1).detail()).hasSize(1000);
        assertThat(rows).extracting(AuditLogEntity::chainSeq).containsExactly(1L, 2L);
        assertThat(rows.get(1).previousHash()).isEqualTo(rows.get(0).rowHash());
    }

    @Test
    void aSearchRecordsOneRowPerClaimOnItsPageInOneCommitAndNothingForAnEmptyPage() {
        ClaimAuditTrail trail = log().trail(NodeAuditLog.CLAIM);
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
        NodeAuditLog log = log();
        ClaimAuditTrail trail = log.trail(NodeAuditLog.CLAIM);
        ClaimAuditTrail coverages = log.trail(NodeAuditLog.COVERAGE);
        trail.record("auditor@regulator", "READ", claim, ClaimAuditTrail.ALLOWED, null);
        clock.advance(Duration.ofSeconds(1));
        trail.record("billing@stmary", "SUBMIT", "another claim", ClaimAuditTrail.ALLOWED, null);
        clock.advance(Duration.ofSeconds(1));
        trail.record("adjuster@acme", "ADJUDICATE", claim, ClaimAuditTrail.REFUSED, "contract");
        clock.advance(Duration.ofSeconds(1));
        coverages.record("adjuster@acme", "READ_COVERAGE", claim, ClaimAuditTrail.ALLOWED, null);
        clock.advance(Duration.ofSeconds(1));
        trail.record("auditor@regulator", "VERIFY", claim, ClaimAuditTrail.ALLOWED, "all 2 transactions verified");

        List<ClaimAuditEntry> entries = trail.entriesFor(claim, 10);

        assertThat(entries).extracting(e -> e.actor() + " " + e.action() + " " + e.outcome()).containsExactly(
                "auditor@regulator VERIFY ALLOWED", "adjuster@acme ADJUDICATE REFUSED", "auditor@regulator READ ALLOWED");
        assertThat(entries.get(0).detail()).isEqualTo("all 2 transactions verified");
        assertThat(entries.get(2).at()).isEqualTo(NOW);
        assertThat(trail.entriesFor(claim, 2)).extracting(ClaimAuditEntry::action).containsExactly("VERIFY", "ADJUDICATE");
    }

    @Test
    void signedHeadsAreKeptOncePerRowAndReadBackNewestFirst() {
        NodeAuditLog log = log();
        log.record("admin@acme", "LOGIN", NodeAuditLog.USER, "admin@acme", ClaimAuditTrail.ALLOWED, null);
        SignedAuditHead first = log.signHead().orElseThrow();
        log.record("admin@acme", "LOGIN", NodeAuditLog.USER, "admin@acme", ClaimAuditTrail.ALLOWED, null);
        SignedAuditHead second = log.signHead().orElseThrow();
        new JpaAuditHeadStore(database.transactions(), clock).keep(first);

        assertThat(log.ownHeads(10)).containsExactly(second, first);
        assertThat(second.getSeq()).isEqualTo(2);
    }
}
