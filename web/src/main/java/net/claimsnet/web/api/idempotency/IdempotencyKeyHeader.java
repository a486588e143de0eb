package net.claimsnet.web.api.idempotency;

import java.util.Optional;

/** What an Idempotency-Key header may hold: 1 to 255 printable ASCII characters (the column's width). */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    private IdempotencyKeyHeader() {
    }

    /** Why the value is not a usable key; empty when it is one. */
    static Optional<String> problem(String value) {
        if (value.isBlank()) {
            return Optional.of("The Idempotency-Key header is empty: send a unique value per request, such as a UUID");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("The Idempotency-Key header has " + value.length() + " characters; at most " + MAX_LENGTH
                    + " are allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return Optional.of("The Idempotency-Key header may hold printable ASCII characters only; character "
                        + (i + 1) + " is not one");
            }
        }
        return Optional.empty();
    }
}
