package net.claimsnet.node.audit;

import net.claimsnet.flows.audit.AuditHeadAnswer;
import net.claimsnet.flows.audit.AuditHeadFlow;
import net.claimsnet.flows.audit.InMemoryAuditHeadStore;
import net.claimsnet.flows.audit.SignedAuditHead;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.corda.core.crypto.Crypto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node's signed audit heads travel to the network's auditor, which keeps those signed by the node
 * that sends them; the node's check asks for them back, and finds a tail that was cut off together
 * with the node's own copy of its heads.
 */
class AuditHeadsAtTheAuditorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final InMemoryNetwork network = InMemoryNetwork.threaded(2).build();
    private final Node stMary = network.stMary();
    private final InMemoryAuditChainStore rows = new InMemoryAuditChainStore();
    private final InMemoryAuditHeadStore ownHeads = new InMemoryAuditHeadStore();
    private final NodeAuditLog log = new NodeAuditLog(rows, ownHeads, Thread::new, network.clock(),
            new AuditSettings(5, Duration.ofMinutes(1)));

    AuditHeadsAtTheAuditorTest() {
        log.startSigning(InMemoryNetwork.ST_MARY, network.bootstrap().keyOf(InMemoryNetwork.ST_MARY),
                head -> AuditLogCheck.sendToAuditor(stMary, head));
    }

    @AfterEach
    void close() {
        log.close();
        network.close();
    }

    private void recordReads(int count) {
        for (int i = 0; i < count; i++) {
            log.record("billing@stmary", "READ", NodeAuditLog.CLAIM, "claim-" + i, ClaimAuditTrail.ALLOWED, null);
        }
    }

    private List<SignedAuditHead> auditorHolds() {
        return network.auditorsHeads().newest(InMemoryNetwork.ST_MARY, 100);
    }

    private void awaitAuditorHolding(long seq) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (auditorHolds().stream().noneMatch(h -> h.getSeq() == seq) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void theAuditorKeepsTheHeadsANodeSignsAndTheNodesCheckUsesThem() throws InterruptedException {
        recordReads(12);
        SignedAuditHead newest = log.signHead().orElseThrow();
        awaitAuditorHolding(newest.getSeq());

        AuditLogReport report = new AuditLogCheck(log, stMary).run(WAIT);

        assertThat(auditorHolds()).first().isEqualTo(newest);
        assertThat(report.verdict().intact()).as(report.verdict().problems().toString()).isTrue();
        assertThat(report.auditorHeads()).isEqualTo(auditorHolds().size()).isGreaterThanOrEqualTo(2);
        assertThat(report.verdict().signedUpTo()).isEqualTo(12);
    }

    @Test
    void aTailCutOffWithTheNodesOwnHeadsIsFoundThroughTheAuditor() throws InterruptedException {
        recordReads(12);
        awaitAuditorHolding(log.signHead().orElseThrow().getSeq());
        rows.tamper(all -> all.subList(0, 7));
        // The intruder also cut the node's own heads; the auditor's copies are out of reach.
        ownHeads.forgetFrom(InMemoryNetwork.ST_MARY, 1);

        AuditLogReport report = new AuditLogCheck(log, stMary).run(WAIT);

        assertThat(report.verdict().firstBreak()).hasValueSatisfying(problem -> {
            assertThat(problem.kind()).isEqualTo(AuditChainVerdict.Kind.TRUNCATED);
            assertThat(problem.seq()).isEqualTo(8);
        });
    }

    @Test
    void theAuditorRefusesAHeadNotSignedWithTheSendersKey() {
        SignedAuditHead forged = SignedAuditHead.sign(InMemoryNetwork.ST_MARY, 99, "0".repeat(64), network.clock().instant(),
                Crypto.generateKeyPair());

        FlowHandle<AuditHeadAnswer> sent = stMary.startFlow(new AuditHeadFlow.Initiator(forged, 10));

        assertThatThrownBy(() -> sent.result().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("is not signed with its key on the network map");
        assertThat(auditorHolds()).noneMatch(h -> h.getSeq() == 99);
    }

    @Test
    void theAuditorRefusesAHeadThatANodeSendsForAnotherNode() {
        SignedAuditHead lakesides = SignedAuditHead.sign(InMemoryNetwork.LAKESIDE, 1, "0".repeat(64), network.clock().instant(),
                network.bootstrap().keyOf(InMemoryNetwork.LAKESIDE));

        FlowHandle<AuditHeadAnswer> sent = stMary.startFlow(new AuditHeadFlow.Initiator(lakesides, 10));

        assertThatThrownBy(() -> sent.result().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .hasMessageContaining("a node hands over its own heads only");
        assertThat(network.auditorsHeads().newest(InMemoryNetwork.LAKESIDE, 10)).isEmpty();
    }
}
