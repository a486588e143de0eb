package net.claimsnet.storage.jpa;

import net.claimsnet.flows.audit.SignedAuditHead;
import net.claimsnet.node.ManualClock;
import net.claimsnet.node.audit.AuditChainVerdict;
import net.claimsnet.node.audit.AuditChainVerdict.Kind;
import net.claimsnet.node.audit.AuditEvent;
import net.claimsnet.node.audit.AuditRow;
import net.claimsnet.node.audit.AuditSettings;
import net.claimsnet.node.audit.ChainHead;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.storage.jpa.security.JpaAuditChainStore;
import net.claimsnet.storage.jpa.security.JpaAuditHeadStore;
import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain in H2 against an intruder with write access to the table: an intact chain verifies;
 * an edited, deleted or inserted row is found and named; a tail cut off with the node's own heads is
 * found against the auditor's copy of a signed head; many threads recording at once keep one valid chain.
 */
class H2AuditChainTamperingTest extends StorageContract {

    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");
    private static final CordaX500Name NODE = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");

    /** The node's ledger key: the same across the node's restarts. */
    private static final KeyPair NODE_KEY = Crypto.generateKeyPair();

    private ManualClock clock;
    /** What the auditor received: every head the node signed. */
    private final List<SignedAuditHead> auditorHeads = new CopyOnWriteArrayList<>();
    private final List<NodeAuditLog> opened = new ArrayList<>();

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }

    @BeforeEach
    void startTheClock() {
        clock = new ManualClock(NOW);
    }

    @AfterEach
    void closeLogs() {
        opened.forEach(NodeAuditLog::close);
        opened.clear();
        auditorHeads.clear();
    }

    private NodeAuditLog log(AuditSettings settings) {
        NodeAuditLog log = new NodeAuditLog(new JpaAuditChainStore(database.transactions()),
                new JpaAuditHeadStore(database.transactions(), clock), Thread::new, clock, settings);
        log.startSigning(NODE, NODE_KEY, auditorHeads::add);
        opened.add(log);
        return log;
    }

    /** A log with ten reads recorded, one a second, and a head signed over them. */
    private NodeAuditLog logWithTenReads() {
        NodeAuditLog log = log(AuditSettings.defaults());
        for (int i = 1; i <= 10; i++) {
            log.record("billing@stmary", "READ", NodeAuditLog.CLAIM, "claim-" + i, ClaimAuditTrail.ALLOWED, null);
            clock.advance(Duration.ofSeconds(1));
        }
        return log;
    }

    private void sql(String statement) {
        database.transactions().run(em -> em.createNativeQuery(statement).executeUpdate());
    }

    private String hashOf(long seq) {
        return (String) database.transactions().inTransaction(em -> em.createNativeQuery(
                "select row_hash from audit_log where chain_seq = " + seq).getSingleResult());
    }

    @Test
    void anIntactChainVerifiesEveryRow() {
        NodeAuditLog log = logWithTenReads();
        log.signHead();

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.intact()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.rowsChecked()).isEqualTo(10);
        assertThat(verdict.lastSeq()).isEqualTo(10);
        assertThat(verdict.signedUpTo()).isEqualTo(10);
        // The first row was signed at once (a node without a head signs its first commit), then all ten.
        assertThat(verdict.auditorHeadsChecked()).isEqualTo(2);
    }

    @Test
    void anEditedRowIsFoundByItsOwnHash() {
        NodeAuditLog log = logWithTenReads();
        sql("update audit_log set actor = 'someone@else' where chain_seq = 4");

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBreak()).hasValueSatisfying(problem -> {
            assertThat(problem.seq()).isEqualTo(4);
            assertThat(problem.kind()).isEqualTo(Kind.EDITED);
        });
    }

    @Test
    void anEditedRowWhoseHashWasRecomputedIsFoundByTheNextRowsLink() {
        NodeAuditLog log = logWithTenReads();
        AuditRow forged = AuditRow.after(new ChainHead(3, hashOf(3)), new AuditEvent(NOW.plusSeconds(3), "someone@else",
                "READ", NodeAuditLog.CLAIM, "claim-4", ClaimAuditTrail.ALLOWED, null));
        sql("update audit_log set actor = 'someone@else', row_hash = '" + forged.hash() + "' where chain_seq = 4");

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.firstBreak()).hasValueSatisfying(problem -> {
            assertThat(problem.seq()).isEqualTo(4);
            assertThat(problem.kind()).isEqualTo(Kind.EDITED);
            assertThat(problem.why()).contains("hash recomputed");
        });
    }

    @Test
    void rowsRewrittenWithEveryHashAfterThemRecomputedDifferFromTheSignedHead() {
        NodeAuditLog log = logWithTenReads();
        log.signHead();
        ChainHead head = new ChainHead(3, hashOf(3));
        for (long seq = 4; seq <= 10; seq++) {
            AuditRow forged = AuditRow.after(head, new AuditEvent(NOW.plusSeconds(seq - 1), seq == 4 ? "someone@else" : "billing@stmary",
                    "READ", NodeAuditLog.CLAIM, "claim-" + seq, ClaimAuditTrail.ALLOWED, null));
            sql("update audit_log set actor = '" + forged.event().actor() + "', previous_hash = '" + forged.previousHash()
                    + "', row_hash = '" + forged.hash() + "' where chain_seq = " + seq);
            head = forged.head();
        }

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.problems()).extracting(AuditChainVerdict.Problem::seq, AuditChainVerdict.Problem::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(10L, Kind.EDITED));
    }

    @Test
    void aDeletedRowLeavesAGap() {
        NodeAuditLog log = logWithTenReads();
        sql("delete from audit_log where chain_seq = 6");

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.firstBreak()).hasValueSatisfying(problem -> {
            assertThat(problem.seq()).isEqualTo(6);
            assertThat(problem.kind()).isEqualTo(Kind.DELETED);
            assertThat(problem.why()).isEqualTo("row 6 is missing");
        });
    }

    @Test
    void aDeletedRowWhoseSuccessorsWereRenumberedIsStillADeletion() {
        NodeAuditLog log = logWithTenReads();
        sql("delete from audit_log where chain_seq = 6");
        for (long seq = 7; seq <= 10; seq++) {
            sql("update audit_log set chain_seq = " + (seq - 1) + " where chain_seq = " + seq);
        }

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.firstBreak()).hasValueSatisfying(problem -> {
            assertThat(problem.seq()).isEqualTo(6);
            assertThat(problem.kind()).isEqualTo(Kind.DELETED);
        });
        assertThat(verdict.problemCount()).isEqualTo(1);
    }

    @Test
    void aRowInsertedWithAValidHashPushesTheRestDownAndIsFound() {
        NodeAuditLog log = logWithTenReads();
        for (long seq = 10; seq >= 5; seq--) {
            sql("update audit_log set chain_seq = " + (seq + 1) + " where chain_seq = " + seq);
        }
        AuditRow inserted = AuditRow.after(new ChainHead(4, hashOf(4)), new AuditEvent(NOW.plusSeconds(4), "billing@stmary",
                "READ", NodeAuditLog.CLAIM, "claim-x", ClaimAuditTrail.ALLOWED, "made up"));
        sql("insert into audit_log (occurred_at, actor, action, resource_type, resource_id, outcome, detail, chain_seq,"
                + " previous_hash, row_hash) values (timestamp with time zone '2025-04-01 12:00:04+00', 'billing@stmary', 'READ',"
                + " 'Claim', 'claim-x', 'ALLOWED', 'made up', 5, '" + inserted.previousHash() + "', '" + inserted.hash() + "')");

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.firstBreak()).hasValueSatisfying(problem -> {
            assertThat(problem.seq()).isEqualTo(5);
            assertThat(problem.kind()).isEqualTo(Kind.INSERTED);
        });
        assertThat(verdict.problemCount()).isEqualTo(1);
    }

    @Test
    void aRowInsertedWithoutANumberIsFound() {
        NodeAuditLog log = logWithTenReads();
        sql("insert into audit_log (occurred_at, actor, action, resource_type, resource_id, outcome)"
                + " values (timestamp with time zone '2025-04-01 12:00:04+00', 'billing@stmary', 'READ', 'Claim', 'claim-x', 'ALLOWED')");

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.INSERTED);
            assertThat(problem.why()).contains("has no number");
        });
    }

    @Test
    void aTailCutOffWithTheNodesOwnHeadsIsFoundAgainstTheAuditorsHead() {
        NodeAuditLog log = log(new AuditSettings(5, Duration.ofMinutes(1)));
        for (int i = 1; i <= 10; i++) {
            log.record("billing@stmary", "READ", NodeAuditLog.CLAIM, "claim-" + i, ClaimAuditTrail.ALLOWED, null);
        }
        log.signHead();
        assertThat(auditorHeads).extracting(SignedAuditHead::getSeq).contains(10L);
        sql("delete from audit_log where chain_seq > 6");
        sql("delete from audit_chain_head where chain_seq > 6");

        AuditChainVerdict withoutAuditor = log.verify(List.of());
        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(withoutAuditor.problems()).extracting(AuditChainVerdict.Problem::kind).doesNotContain(Kind.TRUNCATED);
        assertThat(verdict.firstBreak()).hasValueSatisfying(problem -> {
            assertThat(problem.seq()).isEqualTo(7);
            assertThat(problem.kind()).isEqualTo(Kind.TRUNCATED);
            assertThat(problem.why()).contains("the auditor").contains("row 10");
        });
    }

    @Test
    void aHeadNotSignedWithTheNodesKeyIsReported() {
        NodeAuditLog log = logWithTenReads();
        SignedAuditHead forged = SignedAuditHead.sign(NODE, 10, hashOf(10), NOW, Crypto.generateKeyPair());

        AuditChainVerdict verdict = log.verify(List.of(forged));

        assertThat(verdict.problems()).extracting(AuditChainVerdict.Problem::kind).containsExactly(Kind.BAD_SIGNATURE);
    }

    @Test
    void rowsLeftUnsignedLongerThanThePolicyAllowsAreAnUnsignedTail() {
        NodeAuditLog log = logWithTenReads();
        log.signHead();
        log.record("billing@stmary", "READ", NodeAuditLog.CLAIM, "claim-11", ClaimAuditTrail.ALLOWED, null);
        assertThat(log.verify(auditorHeads).intact()).isTrue();
        sql("delete from audit_chain_head");
        auditorHeads.clear();

        clock.advance(Duration.ofMinutes(10));
        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.firstBreak()).hasValueSatisfying(problem -> {
            assertThat(problem.seq()).isEqualTo(1);
            assertThat(problem.kind()).isEqualTo(Kind.UNSIGNED_TAIL);
        });
        assertThat(verdict.unsignedRows()).isEqualTo(11);
    }

    @Test
    void manyThreadsRecordingAtOnceKeepOneValidChainWithEveryRow() throws Exception {
        NodeAuditLog log = log(new AuditSettings(1_000, Duration.ofMinutes(1)));
        ClaimAuditTrail trail = log.trail(NodeAuditLog.CLAIM);
        List<String> page = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            page.add("claim-" + i);
        }
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            String user = "user" + t;
            done.add(threads.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    trail.recordEach(user, "SEARCH", page, ClaimAuditTrail.ALLOWED);
                    trail.record(user, "READ", page.get(i % 25), ClaimAuditTrail.ALLOWED, null);
                }
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        threads.shutdown();
        log.signHead();

        AuditChainVerdict verdict = log.verify(auditorHeads);

        assertThat(verdict.intact()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.rowsChecked()).isEqualTo(16 * 40 * 26);
        assertThat(verdict.lastSeq()).isEqualTo(16 * 40 * 26);
        // The heads signed every 1,000 rows along the way were checked too.
        assertThat(auditorHeads.size()).isGreaterThanOrEqualTo(16);
    }

    @Test
    void rowsWrittenBeforeTheChainAreChainedAtTheFirstStartOnly() {
        for (int i = 1; i <= 3; i++) {
            sql("insert into audit_log (occurred_at, actor, action, resource_type, resource_id, outcome)"
                    + " values (timestamp with time zone '2025-03-01 12:00:0" + i + "+00', 'billing@stmary', 'READ', 'Claim',"
                    + " 'old-" + i + "', 'ALLOWED')");
        }
        NodeAuditLog log = log(AuditSettings.defaults());
        log.record("billing@stmary", "READ", NodeAuditLog.CLAIM, "new", ClaimAuditTrail.ALLOWED, null);
        log.close();
        sql("insert into audit_log (occurred_at, actor, action, resource_type, resource_id, outcome)"
                + " values (timestamp with time zone '2025-03-01 12:00:09+00', 'billing@stmary', 'READ', 'Claim', 'later', 'ALLOWED')");

        AuditChainVerdict verdict = log(AuditSettings.defaults()).verify(auditorHeads);

        assertThat(verdict.rowsChecked()).isEqualTo(4);
        assertThat(verdict.problems()).singleElement().satisfies(problem -> assertThat(problem.kind()).isEqualTo(Kind.INSERTED));
    }
}
