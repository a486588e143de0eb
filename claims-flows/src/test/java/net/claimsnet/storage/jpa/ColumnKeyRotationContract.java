package net.claimsnet.storage.jpa;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.access.AuditTearOff;
import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.claimsnet.node.filing.FilingReservation;
import net.claimsnet.node.filing.IdempotencyKeys.StoredAnswer;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.storage.jpa.filing.JpaFilingReservations;
import net.claimsnet.storage.jpa.filing.JpaIdempotencyKeys;
import net.claimsnet.storage.jpa.flow.JpaCheckpointStore;
import net.claimsnet.storage.jpa.flow.JpaOutboxStore;
import net.claimsnet.storage.jpa.ledger.JpaAttachmentStore;
import net.claimsnet.storage.jpa.ledger.JpaTornOffTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaVaultStore;
import net.claimsnet.storage.jpa.security.JpaAuditTearOffStore;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static net.claimsnet.flows.claim.ClaimLookupKeys.claimId;
import static net.claimsnet.flows.claim.ClaimLookupKeys.member;
import static net.claimsnet.flows.claim.ClaimLookupKeys.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rotation of the column keys on the real stores: what was written under key generation 1 still reads
 * under a ring whose current generation is 2, new rows are written with 2, the re-encryption pass
 * ({@link ColumnReencryption}) leaves no value of 1 in any encrypted column and no look-up hash of 1 in
 * the vault, searches by look-up key still find the states once generation 1's keys are gone, and an
 * altered value is refused before, during and after.
 */
abstract class ColumnKeyRotationContract extends StorageContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final CordaX500Name ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    private static final CordaX500Name ACME = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    private static final String HASH = "a".repeat(64);

    private final LedgerScenario scenario = new LedgerScenario();
    private final ColumnKeys first = ColumnKeys.generate();
    private final ColumnKeys second = ColumnKeys.generate();
    private final ColumnKeyRing beforeRotation = ColumnKeyRing.of(first);
    private final ColumnKeyRing afterRotation = beforeRotation.withNextGeneration(second);
    /** Generation 1's data key and vault lookups retired; its lookup key kept for the filing reservations. */
    private final ColumnKeyRing firstDataKeyRetired = new ColumnKeyRing(Map.of(2, second.dataKey()),
            Map.of(1, first.lookupKey(), 2, second.lookupKey()));
    /** Every key of generation 1 retired. */
    private final ColumnKeyRing onlySecond = new ColumnKeyRing(Map.of(2, second.dataKey()), Map.of(2, second.lookupKey()));

    /** The stores of a node whose key store holds the given ring. */
    private final class Node {
        final ColumnEncryption columns;
        final LookupKeyHash lookup;
        final JpaVaultStore vault;
        final NodeLedger ledger;

        Node(ColumnKeyRing keys) {
            columns = ColumnEncryption.aesGcm(keys);
            lookup = LookupKeyHash.with(keys);
            vault = new JpaVaultStore(database.transactions(), ClaimLookupKeys.INSTANCE, columns, lookup);
            ledger = scenario.insurerOver(new JpaAttachmentStore(database.transactions(), columns),
                    new JpaTransactionStore(database.transactions(), columns), vault);
        }

        JpaCheckpointStore checkpoints() {
            return new JpaCheckpointStore(database.transactions(), columns);
        }

        JpaOutboxStore outbox() {
            return new JpaOutboxStore(database.transactions(), ACME, columns);
        }

        JpaIdempotencyKeys idempotencyKeys() {
            return new JpaIdempotencyKeys(database.transactions(), columns);
        }

        JpaTornOffTransactionStore tearOffs() {
            return new JpaTornOffTransactionStore(database.transactions(), columns);
        }

        JpaAuditTearOffStore auditorsTearOffs() {
            return new JpaAuditTearOffStore(database.transactions(), columns);
        }

        JpaFilingReservations reservations() {
            return new JpaFilingReservations(database.transactions(), lookup);
        }

        ReencryptionProgress reencrypt() {
            // Two rows a batch, so that every table is walked over several batches.
            return new ColumnReencryption(database.transactions(), columns, 2, EncryptedColumn.ALL, vault::hashKeysAgain, 2).run();
        }
    }

    @Test
    void rows_of_key_1_read_after_rotation_new_rows_use_key_2_and_after_the_pass_none_of_key_1_is_left() {
        Node before = new Node(beforeRotation);
        SignedTransaction issued = scenario.issueCoverage(before.ledger);
        before.ledger.record(issued);
        StateAndRef<CoverageState> coverage = issued.getTx().outRef(0);
        SignedTransaction submitted = scenario.submitClaim(before.ledger, coverage);
        before.ledger.record(submitted);
        StateAndRef<ClaimState> claim = submitted.getTx().outRef(0);
        String claimNumber = claim.getState().getData().getClaim().getClaimId();
        before.checkpoints().commit(new CheckpointCommit(checkpoint("F-1", new byte[] {1, 2, 3}), List.of(), List.of()));
        before.outbox().add(envelope("S-1/i/1"), NOW);
        for (String key : List.of("key-1", "key-2", "key-3")) {
            before.idempotencyKeys().begin("billing@stmary", key, HASH, NOW, NOW.plus(Duration.ofHours(24)));
            before.idempotencyKeys().answered("billing@stmary", key, answer(key));
        }
        TornOffTransaction tearOff = TornOffTransaction.of(submitted, List.of(0));
        before.tearOffs().add(tearOff);
        before.auditorsTearOffs().keep(AuditTearOff.of(submitted), ACME, NOW);
        before.reservations().reserve(new FilingReservation(ST_MARY.toString(), "CLM-R1", HASH, "flow-r1", NOW));
        assertThat(generationsIn("ledger_transaction", "content")).containsOnly(1);

        Node rotated = new Node(afterRotation);
        assertThat(rotated.ledger.transactions().find(issued.getId())).isPresent();
        assertThat(rotated.vault.unconsumedWithKey(ClaimState.class, member(SampleClaims.MEMBER_ID))).containsExactly(claim);
        assertThat(rotated.vault.countUnconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).isEqualTo(1);
        assertThat(rotated.checkpoints().find("F-1").orElseThrow().state()).containsExactly(1, 2, 3);
        assertThat(rotated.outbox().find("S-1/i/1")).isPresent();
        assertThat(rotated.idempotencyKeys().begin("billing@stmary", "key-2", HASH, NOW, NOW).orElseThrow().answer()
                .orElseThrow().body()).isEqualTo(answer("key-2").body());
        assertThat(rotated.tearOffs().find(submitted.getId())).isNotEmpty();
        assertThat(rotated.reservations().find(ST_MARY.toString(), "CLM-R1")).as("a claim id taken before").isPresent();

        SignedTransaction pend = scenario.pend(rotated.ledger, claim);
        rotated.ledger.record(pend);
        StateAndRef<ClaimState> pended = pend.getTx().outRef(0);
        rotated.reservations().reserve(new FilingReservation(ST_MARY.toString(), "CLM-R2", HASH, "flow-r2", NOW));
        assertThat(generationsIn("ledger_transaction", "content")).as("new rows with key 2").containsOnly(1, 2);
        assertThat(lookupKeyPrefixes()).containsOnly("k1:", "k2:");
        assertThatThrownBy(() -> rotated.reservations().reserve(
                new FilingReservation(ST_MARY.toString(), "CLM-R1", HASH, "flow-again", NOW)))
                .as("taken under key 1, still taken under key 2").isInstanceOf(net.claimsnet.node.filing.ClaimIdTakenException.class);

        ReencryptionProgress progress = rotated.reencrypt();

        assertThat(progress.finished()).isTrue();
        assertThat(progress.refused()).isZero();
        assertThat(progress.rowsRewritten()).isGreaterThanOrEqualTo(9);
        assertThat(progress.statesRehashed()).isEqualTo(1);
        for (EncryptedColumn column : EncryptedColumn.ALL) {
            assertThat(generationsIn(column.table(), column.column())).as(column.table()).doesNotContain(1);
        }
        assertThat(lookupKeyPrefixes()).containsOnly("k2:");
        assertThat(rotated.reencrypt().rowsRewritten()).as("a second pass finds nothing to do").isZero();

        Node retired = new Node(onlySecond);
        assertThat(retired.ledger.transactions().find(issued.getId())).isPresent();
        assertThat(retired.ledger.transactions().find(pend.getId())).isPresent();
        assertThat(retired.vault.unconsumedWithKey(ClaimState.class, member(SampleClaims.MEMBER_ID))).containsExactly(pended);
        assertThat(retired.vault.unconsumedWithKey(CoverageState.class, member(SampleClaims.MEMBER_ID))).containsExactly(coverage);
        assertThat(retired.vault.unconsumedWithKey(ClaimState.class, claimId(claimNumber))).containsExactly(pended);
        assertThat(retired.vault.countUnconsumedWithKey(ClaimState.class, status(ClaimStatus.PENDED))).isEqualTo(1);
        assertThat(retired.checkpoints().find("F-1").orElseThrow().state()).containsExactly(1, 2, 3);
        assertThat(retired.outbox().find("S-1/i/1")).isPresent();
        assertThat(retired.idempotencyKeys().begin("billing@stmary", "key-3", HASH, NOW, NOW).orElseThrow().answer()
                .orElseThrow().body()).isEqualTo(answer("key-3").body());
        assertThat(retired.tearOffs().find(submitted.getId())).isNotEmpty();
        assertThat(retired.auditorsTearOffs().find(submitted.getId())).isPresent();
        Node lookupKept = new Node(firstDataKeyRetired);
        assertThat(lookupKept.reservations().find(ST_MARY.toString(), "CLM-R1"))
                .as("a reservation keeps its hash: found while the first lookup key is kept").isPresent();
        assertThat(lookupKept.reservations().find(ST_MARY.toString(), "CLM-R2")).isPresent();
    }

    @Test
    void an_altered_value_is_refused_before_and_after_the_pass_which_leaves_it_as_it_is() {
        Node before = new Node(beforeRotation);
        SignedTransaction issued = scenario.issueCoverage(before.ledger);
        before.ledger.record(issued);
        before.checkpoints().commit(new CheckpointCommit(checkpoint("F-1", new byte[] {1, 2, 3}), List.of(), List.of()));
        before.checkpoints().commit(new CheckpointCommit(checkpoint("F-2", new byte[] {4, 5, 6}), List.of(), List.of()));
        flipLastByte("flow_checkpoint", "state", "flow_id", "F-1");
        Node rotated = new Node(afterRotation);
        assertThatThrownBy(() -> rotated.checkpoints().find("F-1")).isInstanceOf(StorageException.class);

        ReencryptionProgress progress = rotated.reencrypt();

        assertThat(progress.finished()).isTrue();
        assertThat(progress.refused()).as("the altered value").isEqualTo(1);
        assertThat(generationsIn("flow_checkpoint", "state")).as("left under key 1, and F-2 rewritten").containsOnly(1, 2);
        assertThatThrownBy(() -> rotated.checkpoints().find("F-1")).isInstanceOf(StorageException.class)
                .hasMessageContaining("flow_checkpoint").hasMessageNotContaining("F-1");
        assertThat(rotated.checkpoints().find("F-2").orElseThrow().state()).containsExactly(4, 5, 6);

        flipLastByte("flow_checkpoint", "state", "flow_id", "F-2");
        assertThatThrownBy(() -> rotated.checkpoints().find("F-2")).as("a value of key 2 altered")
                .isInstanceOf(StorageException.class);
        String txId = issued.getId().toString();
        byte[] stored = storedValue("ledger_transaction", "content", "tx_id", txId);
        assertThat(stored[0]).isEqualTo(AesGcmColumnEncryption.formatOf(2));
        assertThatThrownBy(() -> ColumnEncryption.aesGcm(first).decrypt(stored, "ledger_transaction", txId))
                .as("a value of key 2 with key 1 alone").isInstanceOf(StorageException.class)
                .hasMessageContaining("generation 2");
    }

    private static Checkpoint checkpoint(String flowId, byte[] state) {
        return new Checkpoint(flowId, "SubmitClaimFlow$Initiator", FlowStatus.RUNNING, null, state, NOW, NOW);
    }

    private static Envelope envelope(String id) {
        return new Envelope(id, ACME, ST_MARY, "S-1", MessageKind.INIT, 1, 0,
                "net.claimsnet.flows.claim.SubmitClaimFlow$Initiator", new byte[] {1, 2, 3});
    }

    private static StoredAnswer answer(String key) {
        return new StoredAnswer(201, "application/json", ("{\"id\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8), null);
    }

    /** The key generations named by the encrypted values of a column (clear values are not counted). */
    private Set<Integer> generationsIn(String table, String column) {
        List<?> values = database.transactions().inTransaction(em -> em.createNativeQuery(
                "select " + column + " from " + table + " where " + column + " is not null").getResultList());
        Set<Integer> generations = new TreeSet<>();
        for (Object value : values) {
            byte[] stored = (byte[]) value;
            if (AesGcmColumnEncryption.isEncrypted(stored)) {
                generations.add(AesGcmColumnEncryption.generationOf(stored));
            }
        }
        return generations;
    }

    private Set<String> lookupKeyPrefixes() {
        List<?> keys = database.transactions().inTransaction(em -> em.createNativeQuery(
                "select lookup_key from vault_state_key").getResultList());
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(key -> prefixes.add(((String) key).substring(0, ((String) key).indexOf(':') + 1)));
        return prefixes;
    }

    private byte[] storedValue(String table, String column, String idColumn, String id) {
        return database.transactions().inTransaction(em -> (byte[]) em.createNativeQuery(
                "select " + column + " from " + table + " where " + idColumn + " = ?1").setParameter(1, id).getSingleResult());
    }

    private void flipLastByte(String table, String column, String idColumn, String id) {
        byte[] altered = storedValue(table, column, idColumn, id);
        altered[altered.length - 1] ^= 1;
        database.transactions().run(em -> em.createNativeQuery("update " + table + " set " + column + " = ?1 where "
                + idColumn + " = ?2").setParameter(1, altered).setParameter(2, id).executeUpdate());
    }
}
