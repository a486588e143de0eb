package net.claimsnet.storage.jpa.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A request made with an Idempotency-Key: its fingerprint and, once answered, the answer (status,
 * content type, body, Location) to replay. No status yet: the first request is still in progress.
 */
@Entity
@Table(name = "api_idempotency_key")
@IdClass(IdempotencyKeyId.class)
@NamedQuery(name = ApiIdempotencyKeyEntity.PURGE_EXPIRED,
        query = "delete from ApiIdempotencyKeyEntity k where k.expiresAt <= :now")
public class ApiIdempotencyKeyEntity {

    public static final String PURGE_EXPIRED = "ApiIdempotencyKey.purgeExpired";

    @Id
    @Column(name = "username", length = 200)
    private String username;

    @Id
    @Column(name = "idempotency_key", length = 255)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64, nullable = false)
    private String requestHash;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "content_type", length = 200)
    private String contentType;

    @Column(name = "response_body")
    private byte[] responseBody;

    @Column(name = "location", length = 1000)
    private String location;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiIdempotencyKeyEntity() {
    }

    public ApiIdempotencyKeyEntity(String username, String idempotencyKey, String requestHash, Instant createdAt,
                                   Instant expiresAt) {
        this.username = username;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Keeps the answer to replay. */
    public void answered(int status, String type, byte[] body, String locationHeader) {
        this.statusCode = status;
        this.contentType = type;
        this.responseBody = body;
        this.location = locationHeader;
    }

    public String username() {
        return username;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] responseBody() {
        return responseBody;
    }

    public String location() {
        return location;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
