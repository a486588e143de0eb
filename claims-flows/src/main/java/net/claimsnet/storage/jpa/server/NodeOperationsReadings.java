package net.claimsnet.storage.jpa.server;

import jakarta.persistence.EntityManager;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.SqlTimestamps;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a node's operator reads about its machinery, never about a claim: how many flows are
 * unfinished or failed, how many P2P messages wait for delivery or were refused, and on a notary
 * the size of its commit log and whether (and when, for whom) it committed a transaction id.
 */
public final class NodeOperationsReadings {

    /** Flow checkpoints and the outbox, as counts. */
    public record FlowCounts(long running, long failed, long outboxPending, long outboxRefused) {
    }

    /**
     * A flow that cannot go on, for the operator to retry or abandon: which flow, when it started,
     * when it last moved and why it stopped (the engine's reason: a refusal, a timeout, an error).
     */
    public record FailedFlow(String flowId, String flowName, String failure, Instant startedAt, Instant failedAt) {
    }

    /**
     * The notary's commit log as counts: transactions committed, input states recorded as consumed, and
     * of those the ones consumed on a signed request alone (their custody was never recorded).
     */
    public record CommitLogCounts(long transactions, long consumedStates, long inputsWithoutCustody) {
    }

    /**
     * One committed transaction: who asked, when, how many input states it consumed (and how many of
     * them without a custody record), and the signed request kept with it: its signer and whether the
     * signature holds for this transaction under the signer's key on the network map (both null for a
     * commit from before requests were signed; filled by {@link #withSignedRequest}).
     */
    public record CommittedTransaction(String transactionId, String requestingParty, Instant committedAt,
                                       long consumedStates, long inputsWithoutCustody, String requestSigner,
                                       Boolean requestSignatureValid) {

        public CommittedTransaction withSignedRequest(String signer, boolean signatureValid) {
            return new CommittedTransaction(transactionId, requestingParty, committedAt, consumedStates, inputsWithoutCustody,
                    signer, signatureValid);
        }
    }

    private final DatabaseTransactions database;

    public NodeOperationsReadings(DatabaseTransactions database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public FlowCounts flowCounts() {
        return database.inTransaction(em -> new FlowCounts(
                count(em, "select count(*) from flow_checkpoint where status = 'RUNNING'"),
                count(em, "select count(*) from flow_checkpoint where status = 'FAILED'"),
                count(em, "select count(*) from outbox_message where delivered_at is null and refused_at is null"),
                count(em, "select count(*) from outbox_message where refused_at is not null")));
    }

    /** The most recently failed flows first, at most {@code limit} of them. */
    public List<FailedFlow> failedFlows(int limit) {
        return database.inTransaction(em -> {
            List<?> rows = em.createNativeQuery("select flow_id, flow_name, failure, started_at, updated_at from flow_checkpoint"
                            + " where status = 'FAILED' order by updated_at desc, flow_id")
                    .setMaxResults(limit).getResultList();
            return rows.stream().map(Object[].class::cast)
                    .map(row -> new FailedFlow((String) row[0], (String) row[1], (String) row[2], SqlTimestamps.instant(row[3]), SqlTimestamps.instant(row[4])))
                    .toList();
        });
    }

    public CommitLogCounts commitLogCounts() {
        return database.inTransaction(em -> new CommitLogCounts(
                count(em, "select count(*) from notary_transaction"),
                count(em, "select count(*) from notary_commit"),
                count(em, "select coalesce(sum(inputs_without_custody), 0) from notary_transaction")));
    }

    public Optional<CommittedTransaction> committedTransaction(String transactionId) {
        return database.inTransaction(em -> {
            List<?> rows = em.createNativeQuery("select requesting_party, committed_at, inputs_without_custody"
                            + " from notary_transaction where tx_id = ?1")
                    .setParameter(1, transactionId).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = (Object[]) rows.get(0);
            long consumed = ((Number) em.createNativeQuery("select count(*) from notary_commit where consuming_tx_id = ?1")
                    .setParameter(1, transactionId).getSingleResult()).longValue();
            return Optional.of(new CommittedTransaction(transactionId, (String) row[0], SqlTimestamps.instant(row[1]), consumed,
                    ((Number) row[2]).longValue(), null, null));
        });
    }

    private static long count(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
