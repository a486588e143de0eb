package net.claimsnet.storage.jpa;

import jakarta.persistence.EntityManager;
import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.VaultConsistency;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.claimsnet.storage.jpa.ledger.JpaAttachmentStore;
import net.claimsnet.storage.jpa.ledger.JpaTornOffTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaVaultStore;
import net.claimsnet.storage.jpa.ledger.VaultDigest;
import net.claimsnet.storage.jpa.ledger.VaultStateEntity;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static net.claimsnet.flows.claim.ClaimLookupKeys.claimId;
import static net.claimsnet.flows.claim.ClaimLookupKeys.member;
import static net.claimsnet.flows.claim.ClaimLookupKeys.provider;
import static net.claimsnet.flows.claim.ClaimLookupKeys.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the JPA ledger stores promise, the same as the in-memory ones: transactions by id (a
 * duplicate add returns false), an atomic vault with latest / unconsumed / history / isConsumed,
 * attachments by hash; and, unlike them, all of it still there after the database is reopened.
 */
abstract class JpaLedgerStoresContract extends StorageContract {

    private final LedgerScenario scenario = new LedgerScenario();
    private NodeLedger insurer;

    @BeforeEach
    void startEachTestAsTheInsurer() {
        insurer = insurerOn(database);
    }

    private NodeLedger insurerOn(StandaloneDatabase db) {
        return insurerOn(db, new JpaVaultStore(db.transactions(), ClaimLookupKeys.INSTANCE, TestColumns.ENCRYPTION, TestColumns.LOOKUP));
    }

    private NodeLedger insurerOn(StandaloneDatabase db, JpaVaultStore vault) {
        return scenario.insurerOver(new JpaAttachmentStore(db.transactions(), TestColumns.ENCRYPTION), new JpaTransactionStore(db.transactions(), TestColumns.ENCRYPTION), vault);
    }

    private StateAndRef<CoverageState> recordCoverage() {
        SignedTransaction issued = scenario.issueCoverage(insurer);
        insurer.record(issued);
        return issued.getTx().outRef(0);
    }

    private StateAndRef<ClaimState> recordClaim(StateAndRef<CoverageState> coverage) {
        SignedTransaction submitted = scenario.submitClaim(insurer, coverage);
        insurer.record(submitted);
        return submitted.getTx().outRef(0);
    }

    @Test
    void a_recorded_transaction_is_found_by_id_and_verifies_again() {
        SignedTransaction issued = scenario.issueCoverage(insurer);

        assertThat(insurer.transactions().add(issued)).isTrue();
        SignedTransaction found = insurer.transactions().find(issued.getId()).orElseThrow();

        assertThat(found.getId()).isEqualTo(issued.getId());
        assertThat(found.getSigs()).isEqualTo(issued.getSigs());
        assertThat(found.getTx().getOutputs()).isEqualTo(issued.getTx().getOutputs());
        insurer.verify(found, List.of());
        assertThat(insurer.transactions().contains(issued.getId())).isTrue();
        assertThat(insurer.transactions().find(SecureHash.randomSHA256())).isEmpty();
    }

    @Test
    void a_transaction_found_again_is_the_one_decoded_the_first_time_and_a_missing_one_is_found_once_added() {
        SignedTransaction issued = scenario.issueCoverage(insurer);
        assertThat(insurer.transactions().find(issued.getId())).isEmpty();

        insurer.transactions().add(issued);
        SignedTransaction first = insurer.transactions().find(issued.getId()).orElseThrow();
        SignedTransaction again = insurer.transactions().find(issued.getId()).orElseThrow();

        assertThat(again).isSameAs(first);
        assertThat(first).isNotSameAs(issued);
        assertThat(first.getId()).isEqualTo(issued.getId());
    }

    @Test
    void a_recorded_transaction_knows_when_it_was_recorded() {
        java.time.Instant before = java.time.Instant.now().minusSeconds(5);
        SignedTransaction issued = scenario.issueCoverage(insurer);
        insurer.transactions().add(issued);

        assertThat(insurer.transactions().recordedAt(issued.getId()))
                .hasValueSatisfying(at -> assertThat(at).isBetween(before, java.time.Instant.now().plusSeconds(5)));
        assertThat(insurer.transactions().recordedAt(SecureHash.randomSHA256())).isEmpty();
    }

    @Test
    void the_latest_transactions_are_listed_oldest_first() throws InterruptedException {
        SignedTransaction issued = scenario.issueCoverage(insurer);
        insurer.record(issued);
        Thread.sleep(5);
        SignedTransaction submitted = scenario.submitClaim(insurer, issued.getTx().outRef(0));
        insurer.record(submitted);

        assertThat(insurer.transactions().latest(10)).containsExactly(issued.getId(), submitted.getId());
        assertThat(insurer.transactions().latest(1)).containsExactly(submitted.getId());
    }

    @Test
    void a_transaction_recorded_without_its_vault_changes_is_found_at_the_check_and_the_vault_repaired() {
        StateAndRef<CoverageState> coverage = recordCoverage();
        StateAndRef<ClaimState> submitted = recordClaim(coverage);
        SignedTransaction pending = scenario.pend(insurer, submitted);
        // As a crash between two writes left it: the transaction stored, the vault not changed.
        insurer.transactions().add(pending);
        StateRef pended = new StateRef(pending.getId(), 0);
        assertThat(insurer.vault().holds(pended)).isFalse();
        assertThat(insurer.vault().isConsumed(submitted.getRef())).isFalse();

        VaultConsistency.Report report = insurer.checkVault(VaultConsistency.STARTUP_CHECKED, false);

        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.repaired()).containsExactly(pending.getId());
        assertThat(insurer.vault().holds(pended)).isTrue();
        assertThat(insurer.vault().isConsumed(submitted.getRef())).isTrue();
        assertThat(insurer.vault().latest(submitted.getState().getData().getLinearId(), ClaimState.class).orElseThrow().getRef())
                .isEqualTo(pended);
        assertThat(insurer.checkVault(VaultConsistency.STARTUP_CHECKED, false).agreed()).as("nothing left to repair").isTrue();
    }

    @Test
    void a_vault_that_agrees_with_its_transactions_is_left_as_it_is() {
        StateAndRef<ClaimState> submitted = recordClaim(recordCoverage());

        VaultConsistency.Report report = insurer.checkVault(VaultConsistency.STARTUP_CHECKED, false);

        assertThat(report.agreed()).isTrue();
        assertThat(report.describe()).isEqualTo("the vault agrees with the latest 2 transactions");
        assertThat(insurer.vault().unconsumed(ClaimState.class)).containsExactly(submitted);
    }

    @Test
    void the_vault_digest_gives_each_state_a_content_hash_that_another_node_with_other_keys_agrees_on() {
        StateAndRef<ClaimState> submitted = recordClaim(recordCoverage());
        SignedTransaction pend = scenario.pend(insurer, submitted);
        insurer.record(pend);
        VaultDigest digest = new VaultDigest(database.transactions(), TestColumns.ENCRYPTION);

        List<VaultDigest.HeldState> here = digest.changedSince(Instant.EPOCH, 100);

        assertThat(here).extracting(VaultDigest.HeldState::contractStateClass)
                .containsExactly(CoverageState.class.getName(), ClaimState.class.getName(), ClaimState.class.getName());
        VaultDigest.HeldState filed = here.get(1);
        assertThat(filed.ref()).isEqualTo(submitted.getRef().getTxhash() + ":" + submitted.getRef().getIndex());
        assertThat(filed.consumed()).isTrue();
        assertThat(filed.consumedBy()).isEqualTo(pend.getId().toString());
        assertThat(here.get(2).consumed()).isFalse();
        assertThat(filed.contentHash()).hasSize(64).isNotEqualTo(here.get(2).contentHash());
        assertThat(digest.changedSince(Instant.EPOCH, 2)).as("no more than asked").hasSize(2);
        assertThat(digest.changedSince(Instant.now().plusSeconds(60), 100)).as("nothing changed after now").isEmpty();

        // A second node, with column keys of its own, records the same transactions: same refs, same hashes.
        TestDatabase otherTestDatabase = createDatabase();
        try (StandaloneDatabase other = StandaloneDatabase.open(otherTestDatabase.settings())) {
            ColumnKeys otherKeys = ColumnKeys.generate();
            NodeLedger otherInsurer = scenario.insurerOver(new JpaAttachmentStore(other.transactions(), ColumnEncryption.aesGcm(otherKeys)),
                    new JpaTransactionStore(other.transactions(), ColumnEncryption.aesGcm(otherKeys)),
                    new JpaVaultStore(other.transactions(), ClaimLookupKeys.INSTANCE, ColumnEncryption.aesGcm(otherKeys),
                            LookupKeyHash.with(otherKeys)));
            for (VaultDigest.HeldState state : List.of(here.get(0), here.get(1))) {
                otherInsurer.record(insurer.transactions().find(SecureHash.parse(state.ref().split(":")[0])).orElseThrow());
            }
            otherInsurer.record(pend);
            List<VaultDigest.HeldState> there = new VaultDigest(other.transactions(), ColumnEncryption.aesGcm(otherKeys))
                    .changedSince(Instant.EPOCH, 100);
            assertThat(there).usingElementComparatorIgnoringFields("recordedAt").containsExactlyElementsOf(here);
        } finally {
            otherTestDatabase.close();
        }
    }

    @Test
    void a_ref_known_only_as_spent_is_in_the_digest_consumed_without_a_content_hash() {
        StateAndRef<ClaimState> submitted = recordClaim(recordCoverage());
        StateRef elsewhere = new StateRef(SecureHash.randomSHA256(), 0);
        insurer.vault().apply(List.of(elsewhere), List.of());

        List<VaultDigest.HeldState> digest = new VaultDigest(database.transactions(), TestColumns.ENCRYPTION)
                .changedSince(Instant.EPOCH, 100);

        VaultDigest.HeldState spentOnly = digest.stream().filter(state -> state.ref().startsWith(elsewhere.getTxhash().toString()))
                .findFirst().orElseThrow();
        assertThat(spentOnly.consumed()).isTrue();
        assertThat(spentOnly.contentHash()).isNull();
        assertThat(digest).filteredOn(state -> state.ref().startsWith(submitted.getRef().getTxhash().toString()))
                .extracting(VaultDigest.HeldState::contentHash).doesNotContainNull();
    }

    @Test
    void adding_a_transaction_twice_returns_false_and_keeps_one_copy() {
        SignedTransaction issued = scenario.issueCoverage(insurer);

        assertThat(insurer.record(issued)).isTrue();
        assertThat(insurer.record(issued)).isFalse();
        assertThat(insurer.transactions().add(issued)).isFalse();

        assertThat(insurer.transactions().count()).isEqualTo(1);
        assertThat(insurer.vault().unconsumed(CoverageState.class)).hasSize(1);
    }

    @Test
    void two_threads_adding_the_same_transaction_at_once_record_it_exactly_once() throws Exception {
        SignedTransaction issued = scenario.issueCoverage(insurer);
        JpaTransactionStore store = new JpaTransactionStore(database.transactions(), TestColumns.ENCRYPTION);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> add = () -> {
            start.await();
            return store.add(issued);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(add);
            Future<Boolean> second = threads.submit(add);
            start.countDown();

            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void the_vault_holds_the_outputs_the_node_takes_part_in_queryable_by_class_and_interface() {
        StateAndRef<CoverageState> coverage = recordCoverage();
        StateAndRef<ClaimState> claim = recordClaim(coverage);

        assertThat(insurer.vault().unconsumed(ClaimState.class)).containsExactly(claim);
        assertThat(insurer.vault().unconsumed(CoverageState.class)).containsExactly(coverage);
        assertThat(insurer.vault().unconsumed(LinearState.class)).extracting(StateAndRef::getRef)
                .containsExactly(coverage.getRef(), claim.getRef());
        assertThat(insurer.vault().unconsumed(ContractState.class)).hasSize(2);
        assertThat(insurer.vault().latest(claim.getState().getData().getLinearId(), ClaimState.class)).contains(claim);
        assertThat(insurer.vault().latest(claim.getState().getData().getLinearId(), CoverageState.class)).isEmpty();
        assertThat(insurer.vault().isConsumed(claim.getRef())).isFalse();
    }

    @Test
    void a_transition_consumes_the_input_and_the_new_version_becomes_the_latest() {
        StateAndRef<ClaimState> submitted = recordClaim(recordCoverage());
        SignedTransaction pend = scenario.pend(insurer, submitted);

        assertThat(insurer.record(pend)).isTrue();

        StateAndRef<ClaimState> pended = pend.getTx().outRef(0);
        var linearId = submitted.getState().getData().getLinearId();
        assertThat(insurer.vault().isConsumed(submitted.getRef())).isTrue();
        assertThat(insurer.vault().isConsumed(pended.getRef())).isFalse();
        assertThat(insurer.vault().latest(linearId, ClaimState.class).orElseThrow().getState().getData().getStatus())
                .isEqualTo(ClaimStatus.PENDED);
        assertThat(insurer.vault().unconsumed(ClaimState.class)).containsExactly(pended);
        assertThat(insurer.vault().history(linearId, ClaimState.class)).containsExactly(submitted, pended);
        assertThat(consumedBy(submitted.getRef())).isEqualTo(pend.getId().toString());
    }

    @Test
    void inside_the_transaction_that_records_a_transition_the_vault_reads_the_new_version_not_a_remembered_one() {
        StateAndRef<ClaimState> submitted = recordClaim(recordCoverage());
        var linearId = submitted.getState().getData().getLinearId();
        assertThat(insurer.vault().latest(linearId, ClaimState.class)).contains(submitted);
        assertThat(insurer.vault().history(linearId, ClaimState.class)).containsExactly(submitted);
        SignedTransaction pend = scenario.pend(insurer, submitted);

        List<Object> readInside = database.transactions().inTransaction(em -> {
            insurer.record(pend);
            return List.of(insurer.vault().latest(linearId, ClaimState.class).orElseThrow(),
                    insurer.vault().history(linearId, ClaimState.class));
        });

        StateAndRef<ClaimState> pended = pend.getTx().outRef(0);
        assertThat(readInside).containsExactly(pended, List.of(submitted, pended));
        assertThat(insurer.vault().latest(linearId, ClaimState.class)).contains(pended);
    }

    @Test
    void a_members_unconsumed_states_are_found_by_the_lookup_key_and_no_other_members() {
        StateAndRef<CoverageState> coverage = recordCoverage();
        StateAndRef<ClaimState> submitted = recordClaim(coverage);
        String member = SampleClaims.MEMBER_ID;

        String claimId = submitted.getState().getData().getClaim().getClaimId();

        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class, member(member))).containsExactly(submitted);
        assertThat(insurer.vault().unconsumedWithKey(CoverageState.class, member(member))).containsExactly(coverage);
        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class, member(member + "-other"))).isEmpty();
        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).containsExactly(submitted);
        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class, claimId(claimId))).containsExactly(submitted);
        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class,
                provider(submitted.getState().getData().getProvider().getName().getOrganisation()))).containsExactly(submitted);
        assertThat(insurer.vault().countUnconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED)))
                .as("read before the change, so that a remembered answer would show after it").isEqualTo(1);

        SignedTransaction pend = scenario.pend(insurer, submitted);
        insurer.record(pend);
        StateAndRef<ClaimState> pended = pend.getTx().outRef(0);
        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class, member(member))).as("the consumed version is gone")
                .containsExactly(pended);
        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).isEmpty();
        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class, status(ClaimStatus.PENDED))).containsExactly(pended);
        assertThat(insurer.vault().countUnconsumedWithKey(ClaimState.class, status(ClaimStatus.PENDED))).isEqualTo(1);
        assertThat(insurer.vault().countUnconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).as("consumed: not counted").isZero();
        assertThat(insurer.vault().countUnconsumedWithKey(CoverageState.class, member(member))).as("counted by type").isEqualTo(1);
        assertThat(insurer.vault().countUnconsumedWithKey(ClaimState.class, member(member))).isEqualTo(1);
        assertThat(insurer.vault().unconsumedWithKey(ClaimState.class, claimId(claimId))).containsExactly(pended);
        Number clearKeys = database.transactions().inTransaction(em -> (Number) em.createNativeQuery(
                "select count(*) from vault_state_key where lookup_key like ?1 or lookup_key like ?2")
                .setParameter(1, "%" + member + "%").setParameter(2, "%" + claimId + "%").getSingleResult());
        assertThat(clearKeys.longValue()).as("the index holds hashes, not member or claim ids").isZero();
        Number keysOfConsumed = database.transactions().inTransaction(em -> (Number) em.createNativeQuery(
                "select count(*) from vault_state_key k join vault_state s on s.id = k.state_id where s.consumed = true")
                .getSingleResult());
        assertThat(keysOfConsumed.longValue()).as("consumed states keep no keys").isZero();
    }

    @Test
    void a_vault_without_lookup_key_refuses_lookups_by_key() {
        JpaVaultStore unkeyed = new JpaVaultStore(database.transactions(), TestColumns.ENCRYPTION, TestColumns.LOOKUP);

        assertThatThrownBy(() -> unkeyed.unconsumedWithKey(ClaimState.class, member(SampleClaims.MEMBER_ID)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no lookup key");
    }

    @Test
    void states_recorded_before_the_vault_had_its_lookup_key_are_indexed_when_the_node_starts() {
        insurer = insurerOn(database, new JpaVaultStore(database.transactions(), TestColumns.ENCRYPTION, TestColumns.LOOKUP));
        StateAndRef<CoverageState> coverage = recordCoverage();
        StateAndRef<ClaimState> claim = recordClaim(coverage);
        JpaVaultStore keyed = new JpaVaultStore(database.transactions(), ClaimLookupKeys.INSTANCE, TestColumns.ENCRYPTION, TestColumns.LOOKUP);
        assertThat(keyed.unconsumedWithKey(ClaimState.class, member(SampleClaims.MEMBER_ID))).isEmpty();

        assertThat(keyed.indexLookupKeys()).isEqualTo(2);

        assertThat(keyed.unconsumedWithKey(ClaimState.class, member(SampleClaims.MEMBER_ID))).containsExactly(claim);
        assertThat(keyed.unconsumedWithKey(CoverageState.class, member(SampleClaims.MEMBER_ID))).containsExactly(coverage);
        assertThat(keyed.unconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).containsExactly(claim);
        assertThat(keyed.indexLookupKeys()).as("indexed once").isZero();
    }

    @Test
    void a_database_written_before_column_encryption_still_reads_and_its_lookup_keys_are_hashed_again_at_start() {
        // As an earlier version wrote it: contents in clear, look-up keys as plain SHA-256 in hex.
        JpaVaultStore before = new JpaVaultStore(database.transactions(), ClaimLookupKeys.INSTANCE, TestColumns.CLEAR, TestColumns.LOOKUP);
        insurer = scenario.insurerOver(new JpaAttachmentStore(database.transactions(), TestColumns.CLEAR),
                new JpaTransactionStore(database.transactions(), TestColumns.CLEAR), before);
        StateAndRef<CoverageState> coverage = recordCoverage();
        StateAndRef<ClaimState> claim = recordClaim(coverage);
        database.transactions().run(em -> em.createNativeQuery("update vault_state_key set lookup_key = ?1 where lookup_key = ?2")
                .setParameter(1, sha256Hex(member(SampleClaims.MEMBER_ID)))
                .setParameter(2, TestColumns.LOOKUP.hash(member(SampleClaims.MEMBER_ID))).executeUpdate());

        JpaVaultStore now = new JpaVaultStore(database.transactions(), ClaimLookupKeys.INSTANCE, TestColumns.ENCRYPTION, TestColumns.LOOKUP);
        assertThat(now.unconsumedWithKey(ClaimState.class, member(SampleClaims.MEMBER_ID))).as("before the start").isEmpty();
        assertThat(now.indexLookupKeys()).isEqualTo(2);

        assertThat(now.unconsumedWithKey(ClaimState.class, member(SampleClaims.MEMBER_ID))).containsExactly(claim);
        assertThat(now.unconsumedWithKey(CoverageState.class, member(SampleClaims.MEMBER_ID))).containsExactly(coverage);
        assertThat(now.unconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).as("each key once").containsExactly(claim);
        assertThat(new JpaTransactionStore(database.transactions(), TestColumns.ENCRYPTION).find(claim.getRef().getTxhash()))
                .as("a clear transaction of before").isPresent();
        Number oldKeys = database.transactions().inTransaction(em -> (Number) em.createNativeQuery(
                "select count(*) from vault_state_key where lookup_key not like 'k1:%'").getSingleResult());
        assertThat(oldKeys.longValue()).isZero();
        assertThat(now.indexLookupKeys()).as("indexed once").isZero();
    }

    private static String sha256Hex(String key) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_vault_update_that_fails_before_commit_leaves_no_trace() {
        StateAndRef<ClaimState> submitted = recordClaim(recordCoverage());
        SignedTransaction pend = scenario.pend(insurer, submitted);
        JpaVaultStore failingVault = new JpaVaultStore(new DatabaseTransactions() {
            @Override
            public <T> T inTransaction(Function<EntityManager, T> work) {
                return database.transactions().inTransaction(em -> {
                    work.apply(em);
                    em.flush();
                    throw new IllegalStateException("the node stopped before the commit");
                });
            }

            @Override
            public void afterCommit(Runnable action) {
                database.transactions().afterCommit(action);
            }
        }, TestColumns.ENCRYPTION, TestColumns.LOOKUP);

        assertThatThrownBy(() -> failingVault.apply(pend.getTx().getInputs(), List.of(pend.getTx().outRef(0))))
                .hasMessage("the node stopped before the commit");

        assertThat(insurer.vault().isConsumed(submitted.getRef())).isFalse();
        assertThat(insurer.vault().unconsumed(ClaimState.class)).containsExactly(submitted);
    }

    @Test
    void a_ref_spent_before_its_state_arrives_enters_the_vault_consumed() {
        SignedTransaction issued = scenario.issueCoverage(insurer);
        StateAndRef<ContractState> coverage = issued.getTx().outRef(0);
        StateRef unknown = new StateRef(SecureHash.randomSHA256(), 0);

        insurer.vault().apply(List.of(coverage.getRef()), List.of());
        insurer.vault().apply(List.of(), List.of(coverage));

        assertThat(insurer.vault().isConsumed(coverage.getRef())).isTrue();
        assertThat(insurer.vault().unconsumed(CoverageState.class)).isEmpty();
        assertThat(insurer.vault().isConsumed(unknown)).isFalse();
    }

    @Test
    void transactions_vault_and_attachments_are_still_there_after_reopening_the_database() {
        StateAndRef<ClaimState> submitted = recordClaim(recordCoverage());
        SignedTransaction pend = scenario.pend(insurer, submitted);
        insurer.record(pend);
        StoredAttachment document = StoredAttachment.of(new byte[] {1, 2, 3, 4}, "St. Mary Hospital", List.of());
        new JpaAttachmentStore(database.transactions(), TestColumns.ENCRYPTION).put(document);
        database.close();

        database = StandaloneDatabase.open(testDatabase.settings());
        NodeLedger reopened = insurerOn(database);

        assertThat(reopened.transactions().count()).isEqualTo(3);
        SignedTransaction found = reopened.transactions().find(pend.getId()).orElseThrow();
        reopened.verify(found, List.of(scenario.notaryKey()));
        assertThat(reopened.verifier().verifyContracts(found.getTx()).getInputs()).hasSize(1);
        var linearId = submitted.getState().getData().getLinearId();
        assertThat(reopened.vault().latest(linearId, ClaimState.class)).contains(pend.getTx().outRef(0));
        assertThat(reopened.vault().isConsumed(submitted.getRef())).isTrue();
        assertThat(new JpaAttachmentStore(database.transactions(), TestColumns.ENCRYPTION).find(document.id()).orElseThrow().bytes())
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_kept_tear_off_reveals_its_output_after_reopening_and_is_kept_once() {
        SignedTransaction submitted = scenario.submitClaim(insurer, recordCoverage());
        TornOffTransaction tearOff = TornOffTransaction.of(submitted, List.of(0));
        new JpaTornOffTransactionStore(database.transactions(), TestColumns.ENCRYPTION).add(tearOff);
        new JpaTornOffTransactionStore(database.transactions(), TestColumns.ENCRYPTION).add(tearOff);
        database.close();

        database = StandaloneDatabase.open(testDatabase.settings());
        JpaTornOffTransactionStore reopened = new JpaTornOffTransactionStore(database.transactions(), TestColumns.ENCRYPTION);

        assertThat(reopened.find(submitted.getId())).hasSize(1);
        assertThat(reopened.find(submitted.getId()).get(0).getSignatures()).isEqualTo(tearOff.getSignatures());
        assertThat(reopened.output(new StateRef(submitted.getId(), 0)).orElseThrow().getData())
                .isEqualTo(submitted.getTx().getOutputs().get(0).getData());
        assertThat(reopened.reveals(new StateRef(submitted.getId(), 1))).isFalse();
        assertThat(reopened.contains(SecureHash.randomSHA256())).isFalse();
        assertThat(new JpaTransactionStore(database.transactions(), TestColumns.ENCRYPTION).contains(submitted.getId()))
                .as("a tear-off is not a recorded transaction").isFalse();
    }

    @Test
    void the_contracts_jar_is_found_by_its_hash_with_its_uploader_and_contract_classes() {
        JpaAttachmentStore attachments = new JpaAttachmentStore(database.transactions(), TestColumns.ENCRYPTION);
        StoredAttachment jar = LedgerScenario.CONTRACTS_JAR;

        StoredAttachment found = attachments.find(jar.id()).orElseThrow();

        assertThat(found.bytes()).isEqualTo(jar.bytes());
        assertThat(SecureHash.sha256(found.bytes())).isEqualTo(jar.id());
        assertThat(found.uploader()).isEqualTo(StoredAttachment.TRUSTED_UPLOADER);
        assertThat(found.contractClassNames()).containsExactlyElementsOf(jar.contractClassNames()).contains(ClaimContract.ID);
    }

    @Test
    void storing_an_attachment_twice_keeps_one_and_unknown_hashes_are_not_found() {
        JpaAttachmentStore attachments = new JpaAttachmentStore(database.transactions(), TestColumns.ENCRYPTION);
        StoredAttachment document = StoredAttachment.of("lab report".getBytes(), "St. Mary Hospital", List.of());

        assertThat(attachments.put(document)).isEqualTo(document.id());
        assertThat(attachments.put(document)).isEqualTo(document.id());

        List<SecureHash> ids = new ArrayList<>(attachments.ids());
        assertThat(ids).containsExactlyInAnyOrder(LedgerScenario.CONTRACTS_JAR.id(), document.id());
        assertThat(attachments.find(document.id()).orElseThrow().contractClassNames()).isEmpty();
        assertThat(attachments.find(document.id()).orElseThrow().isContractAttachment()).isFalse();
        assertThat(attachments.find(SecureHash.randomSHA256())).isEmpty();
    }

    private String consumedBy(StateRef ref) {
        return database.transactions().inTransaction(em -> em.createQuery(
                        "select s from VaultStateEntity s where s.txId = :txId and s.outputIndex = :index",
                        VaultStateEntity.class)
                .setParameter("txId", ref.getTxhash().toString())
                .setParameter("index", ref.getIndex())
                .getSingleResult().consumedBy());
    }
}
