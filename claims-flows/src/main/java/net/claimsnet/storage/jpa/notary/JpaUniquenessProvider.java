package net.claimsnet.storage.jpa.notary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import net.claimsnet.flows.notary.CommitResult;
import net.claimsnet.flows.notary.NotaryCommit;
import net.claimsnet.flows.notary.SignedNotarisationRequest;
import net.claimsnet.flows.notary.StateConflict;
import net.claimsnet.flows.notary.UniquenessProvider;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.StorageException;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The notary's commit log in the database. A commit is one transaction: it reads whether any input
 * or reference is consumed, and if none is, inserts a row per input and one for the transaction.
 * Two notary threads (or instances) committing conflicting transactions at once both pass the read;
 * the primary key on the state ref then lets exactly one insert through. The other's insert finds
 * the row taken, its transaction rolls back, and it reads again: now it sees the winner and
 * answers with the conflict.
 *
 * <p>With each commit it records the custodians of the transaction's outputs (one row per output and
 * key fingerprint) and the requester's signed request, encrypted like every serialized column; before
 * it consumes an input it checks that the requester is among that input's custodians.
 */
public final class JpaUniquenessProvider implements UniquenessProvider {

    private static final int MAX_RACES = 3;

    // 0 rows means another commit holds the key (PostgreSQL waits for that commit first).
    private static final String CLAIM_STATE = "insert into notary_commit (state_tx_id, state_output_index, consuming_tx_id,"
            + " requesting_party, committed_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing";
    private static final String CLAIM_TRANSACTION = "insert into notary_transaction (tx_id, requesting_party, committed_at,"
            + " custody_recorded, inputs_without_custody, signed_request) values (?1, ?2, ?3, true, ?4, ?5) on conflict do nothing";
    private static final String RECORD_CUSTODIAN = "insert into notary_custody (state_tx_id, state_output_index, custodian)"
            + " values (?1, ?2, ?3)";
    private static final String CUSTODIANS = "select custodian from notary_custody where state_tx_id = ?1 and state_output_index = ?2";
    private static final String CUSTODY_RECORDED = "select custody_recorded from notary_transaction where tx_id = ?1";
    private static final String TABLE = "notary_transaction";

    private static final Comparator<StateRef> REF_ORDER =
            Comparator.comparing((StateRef ref) -> ref.getTxhash().toString()).thenComparingInt(StateRef::getIndex);

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;

    public JpaUniquenessProvider(DatabaseTransactions database, ColumnEncryption columns) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    @Override
    public CommitResult commit(NotaryCommit commit) {
        SecureHash transactionId = commit.transactionId();
        // Keys are taken in one order by every commit, so two commits never wait for each other in a circle.
        List<StateRef> orderedInputs = new ArrayList<>(commit.inputs());
        orderedInputs.sort(REF_ORDER);
        byte[] signedRequest = columns.encrypt(commit.signedRequest().toBytes(), TABLE, transactionId.toString());
        for (int race = 0; ; race++) {
            try {
                return database.inTransaction(em -> tryCommit(em, commit, orderedInputs, signedRequest));
            } catch (RuntimeException e) {
                if (!lostRace(e) || race + 1 >= MAX_RACES) {
                    throw e instanceof StorageException ? e
                            : new StorageException("The notary could not commit transaction " + transactionId + ": " + e.getMessage(), e);
                }
                // The loser's transaction rolled back; the next try reads the winner's rows.
            }
        }
    }

    private static CommitResult tryCommit(EntityManager em, NotaryCommit commit, List<StateRef> inputs, byte[] signedRequest) {
        String txId = commit.transactionId().toString();
        if (em.find(NotaryTransactionEntity.class, txId) != null) {
            return CommitResult.committed();
        }
        List<StateConflict> conflicts = new ArrayList<>();
        for (List<StateRef> refs : List.of(inputs, commit.references())) {
            for (StateRef ref : refs) {
                NotaryCommitEntity consumed = em.find(NotaryCommitEntity.class, key(ref));
                if (consumed != null) {
                    conflicts.add(new StateConflict(ref, SecureHash.create(consumed.consumingTxId())));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            return CommitResult.conflicting(conflicts);
        }
        // Custody rows never change once written (they come with their transaction's commit), so
        // reading them here needs no lock.
        List<StateRef> notCustodianOf = new ArrayList<>();
        int withoutCustody = 0;
        for (StateRef input : inputs) {
            List<?> custodians = em.createNativeQuery(CUSTODIANS).setParameter(1, input.getTxhash().toString())
                    .setParameter(2, input.getIndex()).getResultList();
            if (custodians.contains(commit.requesterKey())) {
                continue;
            }
            if (custodians.isEmpty() && !custodyRecorded(em, input.getTxhash())) {
                withoutCustody++;
            } else {
                notCustodianOf.add(input);
            }
        }
        if (!notCustodianOf.isEmpty()) {
            return CommitResult.notCustodianOf(notCustodianOf);
        }
        String party = commit.requester().toString();
        Instant at = commit.at();
        if (em.createNativeQuery(CLAIM_TRANSACTION).setParameter(1, txId).setParameter(2, party).setParameter(3, at)
                .setParameter(4, withoutCustody).setParameter(5, signedRequest).executeUpdate() == 0) {
            throw new LostRace();
        }
        for (StateRef input : inputs) {
            int claimed = em.createNativeQuery(CLAIM_STATE)
                    .setParameter(1, input.getTxhash().toString())
                    .setParameter(2, input.getIndex())
                    .setParameter(3, txId)
                    .setParameter(4, party)
                    .setParameter(5, at)
                    .executeUpdate();
            if (claimed == 0) {
                throw new LostRace();
            }
        }
        for (int output = 0; output < commit.outputCustodians().size(); output++) {
            for (String custodian : commit.outputCustodians().get(output)) {
                em.createNativeQuery(RECORD_CUSTODIAN).setParameter(1, txId).setParameter(2, output)
                        .setParameter(3, custodian).executeUpdate();
            }
        }
        return CommitResult.committed(withoutCustody);
    }

    /** Whether the transaction was committed with its outputs' custody (false: before the notary kept it, or never here). */
    private static boolean custodyRecorded(EntityManager em, SecureHash transactionId) {
        List<?> rows = em.createNativeQuery(CUSTODY_RECORDED).setParameter(1, transactionId.toString()).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    /** Our insert met another commit's row: that one won (H2 may report it as a key violation instead of 0 rows). */
    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LostRace || cause instanceof PersistenceException
                    || cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isCommitted(SecureHash transactionId) {
        return database.inTransaction(em -> em.find(NotaryTransactionEntity.class, transactionId.toString()) != null);
    }

    @Override
    public Optional<SecureHash> consumedBy(StateRef state) {
        return Optional.ofNullable(database.inTransaction(em -> {
            NotaryCommitEntity row = em.find(NotaryCommitEntity.class, key(state));
            return row == null ? null : SecureHash.create(row.consumingTxId());
        }));
    }

    @Override
    public Optional<CordaX500Name> requesterOf(SecureHash transactionId) {
        return Optional.ofNullable(database.inTransaction(em -> {
            NotaryTransactionEntity row = em.find(NotaryTransactionEntity.class, transactionId.toString());
            return row == null ? null : CordaX500Name.parse(row.requestingParty());
        }));
    }

    @Override
    public Optional<SignedNotarisationRequest> signedRequestOf(SecureHash transactionId) {
        String txId = transactionId.toString();
        return database.inTransaction(em -> {
            List<?> rows = em.createNativeQuery("select signed_request from notary_transaction where tx_id = ?1")
                    .setParameter(1, txId).getResultList();
            if (rows.isEmpty() || rows.get(0) == null) {
                return Optional.<SignedNotarisationRequest>empty();
            }
            return Optional.of(SignedNotarisationRequest.fromBytes(columns.decrypt((byte[]) rows.get(0), TABLE, txId)));
        });
    }

    @Override
    public Optional<Set<String>> custodiansOf(StateRef output) {
        return database.inTransaction(em -> {
            List<?> rows = em.createNativeQuery(CUSTODIANS).setParameter(1, output.getTxhash().toString())
                    .setParameter(2, output.getIndex()).getResultList();
            return rows.isEmpty() ? Optional.<Set<String>>empty()
                    : Optional.<Set<String>>of(rows.stream().map(String.class::cast).collect(Collectors.toSet()));
        });
    }

    private static NotaryCommitKey key(StateRef ref) {
        return new NotaryCommitKey(ref.getTxhash().toString(), ref.getIndex());
    }

    /** Thrown inside the commit's transaction to roll it back when another commit took a key first. */
    private static final class LostRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostRace() {
            super("another commit took one of the keys first", null, false, false);
        }
    }
}
