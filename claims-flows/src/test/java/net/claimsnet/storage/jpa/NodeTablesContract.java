package net.claimsnet.storage.jpa;

import jakarta.persistence.PersistenceException;
import net.claimsnet.storage.jpa.flow.CheckpointEntity;
import net.claimsnet.storage.jpa.flow.InboxMessageEntity;
import net.claimsnet.storage.jpa.flow.OutboxMessageEntity;
import net.claimsnet.storage.jpa.network.NetworkMapEntity;
import net.claimsnet.storage.jpa.network.NetworkMapNodeEntity;
import net.claimsnet.storage.jpa.notary.NotaryCommitEntity;
import net.claimsnet.storage.jpa.notary.NotaryCommitKey;
import net.claimsnet.storage.jpa.schema.SchemaMigrations;
import net.claimsnet.node.audit.AuditEvent;
import net.claimsnet.node.audit.AuditRow;
import net.claimsnet.node.audit.ChainHead;
import net.claimsnet.storage.jpa.security.AuditLogEntity;
import net.claimsnet.storage.jpa.security.JpaAuditChainStore;
import net.claimsnet.storage.jpa.security.UserAccountEntity;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rest of the node's schema, migrated by Flyway and mapped by the entities (Hibernate
 * validates the mapping against the migrated tables when the database opens): the guarantees
 * that rest on the tables themselves, such as one consumer per state ref at the notary.
 */
abstract class NodeTablesContract extends StorageContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);


    @Test
    void the_schema_is_at_version_10_and_migrating_again_changes_nothing() {
        assertThat(database.schemaVersion()).isEqualTo("10");

        assertThat(SchemaMigrations.migrate(testDatabase.settings().dataSource())).isEqualTo("10");
        assertThat(SchemaMigrations.currentVersion(testDatabase.settings().dataSource())).isEqualTo("10");
    }

    @Test
    void the_notary_commits_a_state_ref_to_one_consuming_transaction_only() {
        database.transactions().run(em -> em.persist(new NotaryCommitEntity("A1", 0, "TX-FIRST", "O=St. Mary Hospital,L=Boston,C=US", NOW)));

        assertThatThrownBy(() -> database.transactions().run(em ->
                em.persist(new NotaryCommitEntity("A1", 0, "TX-SECOND", "O=Lakeside Clinic,L=Denver,C=US", NOW))))
                .isInstanceOf(PersistenceException.class);

        NotaryCommitEntity kept = database.transactions().inTransaction(em ->
                em.find(NotaryCommitEntity.class, new NotaryCommitKey("A1", 0)));
        assertThat(kept.consumingTxId()).isEqualTo("TX-FIRST");
        database.transactions().run(em -> em.persist(new NotaryCommitEntity("A1", 1, "TX-SECOND", "O=Lakeside Clinic,L=Denver,C=US", NOW)));
        List<NotaryCommitEntity> second = database.transactions().inTransaction(em -> em.createNamedQuery(
                NotaryCommitEntity.BY_CONSUMING_TX, NotaryCommitEntity.class).setParameter("txId", "TX-SECOND").getResultList());
        assertThat(second).extracting(NotaryCommitEntity::stateOutputIndex).containsExactly(1);
    }

    @Test
    void the_inbox_takes_a_message_id_once() {
        database.transactions().run(em -> em.persist(new InboxMessageEntity("M-1", "O=Acme Health Insurance,L=Hartford,C=US",
                "S-1", "INIT", new byte[] {7}, NOW)));

        assertThatThrownBy(() -> database.transactions().run(em -> em.persist(new InboxMessageEntity("M-1",
                "O=Acme Health Insurance,L=Hartford,C=US", "S-1", "INIT", new byte[] {7}, NOW))))
                .isInstanceOf(PersistenceException.class);

        database.transactions().run(em -> em.find(InboxMessageEntity.class, "M-1").processed(NOW));
        InboxMessageEntity processed = database.transactions().inTransaction(em -> em.find(InboxMessageEntity.class, "M-1"));
        assertThat(processed.processedAt()).isEqualTo(NOW);
        assertThat(processed.payload()).isNull();
    }

    @Test
    void the_outbox_offers_undelivered_messages_whose_retry_time_has_come() {
        database.transactions().run(em -> {
            em.persist(outbox("M-1", NOW.minusSeconds(30)));
            em.persist(outbox("M-2", NOW.minusSeconds(20)));
            em.persist(outbox("M-3", NOW.minusSeconds(10)));
        });
        database.transactions().run(em -> {
            em.find(OutboxMessageEntity.class, "M-1").delivered(NOW);
            em.find(OutboxMessageEntity.class, "M-2").failed("connection refused", NOW.plusSeconds(60));
        });

        List<OutboxMessageEntity> due = database.transactions().inTransaction(em -> em.createNamedQuery(
                OutboxMessageEntity.DUE, OutboxMessageEntity.class).setParameter("now", NOW).getResultList());

        assertThat(due).extracting(OutboxMessageEntity::messageId).containsExactly("M-3");
        OutboxMessageEntity failed = database.transactions().inTransaction(em -> em.find(OutboxMessageEntity.class, "M-2"));
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("connection refused");
        assertThat(failed.payload()).containsExactly(1, 2, 3);
    }

    @Test
    void unfinished_checkpoints_are_the_running_and_failed_flows_oldest_first() {
        database.transactions().run(em -> {
            em.persist(new CheckpointEntity("F-2", "SubmitClaimFlow$Initiator", "RUNNING", null, new byte[] {2},
                    NOW.minusSeconds(5), NOW));
            em.persist(new CheckpointEntity("F-1", "SubmitClaimFlow$Initiator", "FAILED", "counterparty refused",
                    new byte[] {1}, NOW.minusSeconds(10), NOW));
            em.persist(new CheckpointEntity("F-3", "SettleClaimFlow$Initiator", "COMPLETED", null, null,
                    NOW.minusSeconds(20), NOW));
        });

        List<CheckpointEntity> unfinished = database.transactions().inTransaction(em -> em.createNamedQuery(
                CheckpointEntity.UNFINISHED, CheckpointEntity.class).getResultList());

        assertThat(unfinished).extracting(CheckpointEntity::flowId).containsExactly("F-1", "F-2");
        assertThat(unfinished.get(1).state()).containsExactly(2);
    }

    @Test
    void a_user_keeps_a_password_hash_and_roles_and_a_plain_password_is_refused() {
        String hash = "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==";
        database.transactions().run(em -> em.persist(new UserAccountEntity("billing1", "Billing Clerk", hash,
                Set.of("BILLING"), NOW)));

        UserAccountEntity user = database.transactions().inTransaction(em -> em.find(UserAccountEntity.class, "billing1"));

        assertThat(user.passwordHash()).isEqualTo(hash);
        assertThat(user.roles()).containsExactly("BILLING");
        assertThat(user.enabled()).isTrue();
        assertThatThrownBy(() -> new UserAccountEntity("billing2", "Clerk", "secret", Set.of("BILLING"), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A user's password must be stored as a PBKDF2 hash, never as given");
    }

    @Test
    void the_audit_log_lists_who_read_a_resource_in_order() {
        AuditRow first = AuditRow.after(ChainHead.GENESIS, new AuditEvent(NOW.minusSeconds(2), "auditor1", "READ", "Claim", "CLM-1",
                "ALLOWED", null));
        AuditRow second = AuditRow.after(first.head(), new AuditEvent(NOW.minusSeconds(1), "billing1", "READ", "Claim", "CLM-1",
                "ALLOWED", null));
        AuditRow third = AuditRow.after(second.head(), new AuditEvent(NOW, "billing1", "READ", "Claim", "CLM-2", "DENIED",
                "not a party"));
        new JpaAuditChainStore(database.transactions()).append(List.of(first, second, third));

        List<AuditLogEntity> reads = database.transactions().inTransaction(em -> em.createNamedQuery(
                AuditLogEntity.BY_RESOURCE, AuditLogEntity.class)
                .setParameter("type", "Claim").setParameter("id", "CLM-1").getResultList());

        assertThat(reads).extracting(AuditLogEntity::actor).containsExactly("auditor1", "billing1");
        assertThat(reads.get(0).id()).isLessThan(reads.get(1).id());
        assertThat(reads).extracting(AuditLogEntity::chainSeq).containsExactly(1L, 2L);
        assertThat(reads.get(1).rowHash()).isEqualTo(second.hash());
    }

    @Test
    void the_newest_network_map_comes_first_and_its_nodes_are_found_by_name() {
        database.transactions().run(em -> {
            em.persist(new NetworkMapEntity(1, new byte[] {1}, NOW.minusSeconds(60)));
            em.persist(new NetworkMapEntity(2, new byte[] {2}, NOW));
            em.persist(new NetworkMapNodeEntity("O=Claims Notary,L=Zurich,C=CH", "NOTARY", new byte[] {9},
                    "http://127.0.0.1:8180", 2));
        });

        NetworkMapEntity latest = database.transactions().inTransaction(em -> em.createNamedQuery(
                NetworkMapEntity.LATEST, NetworkMapEntity.class).setMaxResults(1).getSingleResult());
        NetworkMapNodeEntity notary = database.transactions().inTransaction(em ->
                em.find(NetworkMapNodeEntity.class, "O=Claims Notary,L=Zurich,C=CH"));

        assertThat(latest.version()).isEqualTo(2);
        assertThat(notary.role()).isEqualTo("NOTARY");
        assertThat(notary.p2pAddress()).isEqualTo("http://127.0.0.1:8180");
    }

    private static OutboxMessageEntity outbox(String id, Instant createdAt) {
        return new OutboxMessageEntity(id, "O=Acme Health Insurance,L=Hartford,C=US", "S-1", "DATA", 1, 0, null,
                new byte[] {1, 2, 3}, createdAt);
    }
}
