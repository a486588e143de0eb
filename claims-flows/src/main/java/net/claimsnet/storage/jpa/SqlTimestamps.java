package net.claimsnet.storage.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Timestamps read by native queries, whose Java type depends on the JDBC driver. */
public final class SqlTimestamps {

    private SqlTimestamps() {
    }

    /** JDBC drivers answer a timestamp with time zone as OffsetDateTime, Timestamp or Instant. */
    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
