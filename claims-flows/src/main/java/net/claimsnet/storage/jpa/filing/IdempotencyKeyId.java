package net.claimsnet.storage.jpa.filing;

import java.io.Serializable;
import java.util.Objects;

/** An idempotency key's primary key: keys are per user. */
public class IdempotencyKeyId implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String idempotencyKey;

    protected IdempotencyKeyId() {
    }

    public IdempotencyKeyId(String username, String idempotencyKey) {
        this.username = username;
        this.idempotencyKey = idempotencyKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotencyKeyId that && Objects.equals(username, that.username)
                && Objects.equals(idempotencyKey, that.idempotencyKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, idempotencyKey);
    }
}
