package net.claimsnet.storage.jpa.notary;

import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.SqlTimestamps;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The notary's commit log as refs: which transaction consumed each state, so that the parties'
 * vaults can be checked against it ({@code ./chaos}: a state a party holds as consumed by one
 * transaction must be committed by the notary to that same transaction, and a state the notary
 * committed must not be held unconsumed by anyone).
 */
public final class CommitLogDigest {

    /** One input the notary committed: the state's ref and the transaction that consumed it. */
    public record CommittedState(String ref, String consumedBy, Instant committedAt) {
    }

    private final DatabaseTransactions database;

    public CommitLogDigest(DatabaseTransactions database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The inputs committed at or after {@code since}, oldest first, at most {@code limit} of them. */
    public List<CommittedState> committedSince(Instant since, int limit) {
        return database.inTransaction(em -> {
            List<?> rows = em.createNativeQuery("select state_tx_id, state_output_index, consuming_tx_id, committed_at"
                            + " from notary_commit where committed_at >= ?1 order by committed_at, state_tx_id, state_output_index")
                    .setParameter(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                    .setMaxResults(limit)
                    .getResultList();
            return rows.stream().map(Object[].class::cast)
                    .map(row -> new CommittedState(row[0] + ":" + ((Number) row[1]).intValue(), (String) row[2],
                            SqlTimestamps.instant(row[3])))
                    .toList();
        });
    }
}
