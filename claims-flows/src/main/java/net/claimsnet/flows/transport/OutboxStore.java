package net.claimsnet.flows.transport;

import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: a node's durable outbox. A message is kept from the moment the flow engine sends it until
 * the recipient acknowledges it (then it is marked delivered and its payload dropped) or refuses
 * it for good (then it is kept, with the reason, for an operator). A node restarted over the same
 * store delivers whatever is still pending.
 */
public interface OutboxStore {

    /**
     * Queues the envelope, due at once. A resend of a message still pending changes nothing; a resend of
     * one delivered before is queued again, due at once: its sender lost the answer, and the recipient
     * may have lost the message (a database that lost its last commits, a restore from a backup); the
     * recipient takes it in once either way. A refused one stays refused.
     */
    void add(Envelope envelope, Instant at);

    /** {@link #add} for each, in one commit where the store can (what one flow step sends). */
    default void addAll(List<Envelope> envelopes, Instant at) {
        for (Envelope envelope : envelopes) {
            add(envelope, at);
        }
    }

    /**
     * Runs the action once what was just queued is stored for good: at once in memory; after the
     * commit of the database transaction it was queued in (which may also hold the checkpoint of
     * the flow step that sent it), so that the sender's thread finds it when woken.
     */
    default void whenStored(Runnable action) {
        action.run();
    }

    /**
     * The messages queued (and committed) since the last call or the last {@link #due} read, as
     * {@code due} would give them, without reading them back: for a sender that knows nothing else is
     * pending (no retry waits), so that a message just queued costs no read. Empty where the store does
     * not keep them (then the sender reads {@code due}). Handed out as durable as {@code due}'s.
     */
    default List<OutboxMessage> takeJustQueued(int limit) {
        return List.of();
    }

    /** Pending messages whose attempt is due, oldest first. */
    List<OutboxMessage> due(Instant now, int limit);

    /** When the earliest pending message is due, if any is pending. */
    Optional<Instant> nextAttemptAt();

    void delivered(String messageId, Instant at);

    /** {@link #delivered} for each, in one commit where the store can (a batch the recipient acknowledged). */
    default void deliveredAll(Collection<String> messageIds, Instant at) {
        for (String messageId : messageIds) {
            delivered(messageId, at);
        }
    }

    /** An attempt failed and will be made again at the given time. */
    void failed(String messageId, String error, Instant retryAt);

    /** Puts a message off without counting an attempt (its recipient is known to be unreachable). */
    void postpone(String messageId, String reason, Instant until);

    /** Makes every pending message for the recipient due now (it was just heard from). */
    void expedite(CordaX500Name recipient, Instant now);

    /** The recipient refused the message for good; it is not tried again. */
    void refused(String messageId, String reason, Instant at);

    /** Messages refused for good, oldest first, for an operator. */
    List<OutboxMessage> refusedMessages();

    int pendingCount();

    Optional<OutboxMessage> find(String messageId);
}
