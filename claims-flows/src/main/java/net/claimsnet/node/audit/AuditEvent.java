package net.claimsnet.node.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What is recorded: when, who, what, on which resource (by type and id, never PHI), the outcome and a
 * short note. Texts are cut to the widths of the audit_log columns here, before the row is hashed, so
 * that one over-long name can neither fail a batch of rows nor make the stored row differ from the
 * hashed one; the time is kept to the microsecond, as the database keeps it.
 */
public record AuditEvent(Instant at, String actor, String action, String resourceType, String resourceId, String outcome,
                         String detail) {

    static final int MAX_ACTOR = 100;
    static final int MAX_ACTION = 50;
    static final int MAX_RESOURCE_TYPE = 50;
    static final int MAX_RESOURCE_ID = 200;
    static final int MAX_OUTCOME = 20;
    static final int MAX_DETAIL = 1000;
    /** The actor of an event without a user name (a login without one). */
    static final String NO_ACTOR = "(none)";

    public AuditEvent {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        actor = fit(actor == null ? NO_ACTOR : actor, MAX_ACTOR);
        action = fit(Objects.requireNonNull(action, "action"), MAX_ACTION);
        resourceType = fit(Objects.requireNonNull(resourceType, "resourceType"), MAX_RESOURCE_TYPE);
        resourceId = fit(resourceId, MAX_RESOURCE_ID);
        outcome = fit(Objects.requireNonNull(outcome, "outcome"), MAX_OUTCOME);
        detail = fit(detail, MAX_DETAIL);
    }

    private static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        // Never half a surrogate pair: the database would store something else than what was hashed.
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
