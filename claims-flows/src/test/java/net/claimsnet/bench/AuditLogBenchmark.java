package net.claimsnet.bench;

import net.claimsnet.node.audit.AuditChainVerdict;
import net.claimsnet.node.audit.AuditSettings;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.storage.jpa.security.JpaAuditChainStore;
import net.claimsnet.storage.jpa.security.JpaAuditHeadStore;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code ./bench audit}: the desk's list pages as the audit log sees them. {@code bench.threads} request
 * threads (16) each record a page of 25 claim reads and wait for the commit, again and again, for
 * {@code bench.seconds} (10) per round, three rounds, over an H2 file as a node keeps it; heads signed
 * every 1,000 rows. Prints {@code audit-rows/s: N} (the last round) and {@code audit-verify-rows/s: N}
 * (the chain checked afterwards). Lines starting with '#' are context.
 */
public final class AuditLogBenchmark {

    private static final int PAGE = 25;
    private static final int ROUNDS = 3;

    private AuditLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("bench.threads", 16);
        int seconds = Integer.getInteger("bench.seconds", 10);
        Path directory = Files.createTempDirectory("claimsnet-audit-bench-");
        try (StandaloneDatabase database = StandaloneDatabase.open(DatabaseSettings.h2File(directory));
             NodeAuditLog log = new NodeAuditLog(new JpaAuditChainStore(database.transactions()),
                     new JpaAuditHeadStore(database.transactions(), Clock.systemUTC()), Thread::new, Clock.systemUTC(),
                     AuditSettings.defaults())) {
            log.startSigning(CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US"), Crypto.generateKeyPair(), head -> { });
            ClaimAuditTrail trail = log.trail(NodeAuditLog.CLAIM);
            List<String> page = new ArrayList<>();
            for (int i = 0; i < PAGE; i++) {
                page.add(UUID.randomUUID().toString());
            }
            long perSecond = 0;
            for (int round = 0; round < ROUNDS; round++) {
                perSecond = round(trail, page, threads, seconds, round);
            }
            System.out.println("audit-rows/s: " + perSecond);
            long started = System.nanoTime();
            AuditChainVerdict verdict = log.verify(List.of());
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.println("# verified " + verdict.rowsChecked() + " rows, intact=" + verdict.intact()
                    + ", signed up to row " + verdict.signedUpTo() + ", in " + String.format("%.1f", elapsed) + " s");
            System.out.println("audit-verify-rows/s: " + Math.round(verdict.rowsChecked() / elapsed));
        }
    }

    private static long round(ClaimAuditTrail trail, List<String> page, int threads, int seconds, int round)
            throws InterruptedException {
        LongAdder rows = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String user = "adjuster" + t + "@acme";
            Thread worker = new Thread(() -> {
                while (!stop.get()) {
                    trail.recordEach(user, "SEARCH", page, ClaimAuditTrail.ALLOWED);
                    rows.add(page.size());
                }
            });
            workers.add(worker);
            worker.start();
        }
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.println("# round " + round + ": " + rows.sum() + " rows in " + String.format("%.1f", elapsed) + " s, "
                + threads + " threads");
        return Math.round(rows.sum() / elapsed);
    }
}
