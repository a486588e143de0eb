package net.claimsnet.storage.jpa.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** An attachment JAR under its hash, with who uploaded it and the contract classes it provides. */
@Entity
@Table(name = "attachment")
@NamedQuery(name = AttachmentEntity.IDS, query = "select a.attachmentId from AttachmentEntity a order by a.storedAt, a.attachmentId")
public class AttachmentEntity {

    static final String IDS = "Attachment.ids";

    @Id
    @Column(name = "attachment_id", length = 160)
    private String attachmentId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploader", length = 100)
    private String uploader;

    /** One class name per line; empty for data-only attachments. */
    @Column(name = "contract_class_names", length = 4000, nullable = false)
    private String contractClassNames;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected AttachmentEntity() {
    }

    public String attachmentId() {
        return attachmentId;
    }

    public byte[] content() {
        return content;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String uploader() {
        return uploader;
    }

    public String contractClassNames() {
        return contractClassNames;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
