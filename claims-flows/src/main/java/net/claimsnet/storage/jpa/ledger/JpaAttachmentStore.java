package net.claimsnet.storage.jpa.ledger;

import net.claimsnet.ledger.attachments.AttachmentStore;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.corda.core.crypto.SecureHash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Attachments in the database under their SHA-256; storing the same bytes twice keeps one row. The
 * bytes are encrypted with the node's column key, bound to the attachment's id.
 */
public final class JpaAttachmentStore implements AttachmentStore {

    private static final String INSERT_IF_ABSENT =
            "insert into attachment (attachment_id, content, size_bytes, uploader, contract_class_names, stored_at) "
                    + "values (?1, ?2, ?3, ?4, ?5, current_timestamp) on conflict do nothing";
    private static final String CLASS_NAME_SEPARATOR = "\n";

    static final String TABLE = "attachment";

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;

    public JpaAttachmentStore(DatabaseTransactions database, ColumnEncryption columns) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    @Override
    public SecureHash put(StoredAttachment attachment) {
        byte[] bytes = attachment.bytes();
        String names = String.join(CLASS_NAME_SEPARATOR, attachment.contractClassNames());
        String id = attachment.id().toString();
        byte[] stored = columns.encrypt(bytes, TABLE, id);
        database.run(em -> em.createNativeQuery(INSERT_IF_ABSENT)
                .setParameter(1, id)
                .setParameter(2, stored)
                .setParameter(3, (long) bytes.length)
                .setParameter(4, attachment.uploader())
                .setParameter(5, names)
                .executeUpdate());
        return attachment.id();
    }

    @Override
    public Optional<StoredAttachment> find(SecureHash id) {
        return database.inTransaction(em -> Optional.ofNullable(em.find(AttachmentEntity.class, id.toString()))
                .map(entity -> new StoredAttachment(id, columns.decrypt(entity.content(), TABLE, id.toString()), entity.uploader(),
                        classNames(entity.contractClassNames()))));
    }

    @Override
    public Collection<SecureHash> ids() {
        List<String> ids = database.inTransaction(em -> em.createNamedQuery(AttachmentEntity.IDS, String.class)
                .getResultList());
        List<SecureHash> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(SecureHash.create(id));
        }
        return result;
    }

    private static List<String> classNames(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(CLASS_NAME_SEPARATOR));
    }
}
