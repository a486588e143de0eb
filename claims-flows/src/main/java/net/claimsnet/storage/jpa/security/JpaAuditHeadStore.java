package net.claimsnet.storage.jpa.security;

import net.claimsnet.flows.audit.AuditHeadStore;
import net.claimsnet.flows.audit.SignedAuditHead;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.corda.core.identity.CordaX500Name;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Signed audit heads in the audit_chain_head table: a node's own heads, and on the auditor every
 * node's it received (with when it received them). A head already kept is left as it is.
 */
public final class JpaAuditHeadStore implements AuditHeadStore {

    private static final String INSERT_IF_ABSENT = "insert into audit_chain_head (node_name, chain_seq, row_hash, signed_at,"
            + " signature, received_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing";
    private static final String NEWEST = "select chain_seq, row_hash, signed_at, signature from audit_chain_head"
            + " where node_name = ? order by chain_seq desc";

    private final DatabaseTransactions database;
    private final Clock clock;

    public JpaAuditHeadStore(DatabaseTransactions database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void keep(SignedAuditHead head) {
        database.run(em -> JpaAuditChainStore.jdbc(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
                insert.setString(1, head.getNode().toString());
                insert.setLong(2, head.getSeq());
                insert.setString(3, head.getHash());
                insert.setObject(4, OffsetDateTime.ofInstant(head.getSignedAt(), ZoneOffset.UTC));
                insert.setString(5, Base64.getEncoder().encodeToString(head.getSignature()));
                insert.setObject(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public List<SignedAuditHead> newest(CordaX500Name node, int max) {
        return database.inTransaction(em -> JpaAuditChainStore.jdbc(em, connection -> {
            List<SignedAuditHead> heads = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(NEWEST)) {
                select.setString(1, node.toString());
                select.setMaxRows(max);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        heads.add(new SignedAuditHead(node, row.getLong(1), row.getString(2),
                                row.getObject(3, OffsetDateTime.class).toInstant(), Base64.getDecoder().decode(row.getString(4))));
                    }
                }
            }
            return heads;
        }));
    }
}
