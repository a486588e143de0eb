package net.claimsnet.flows.notary;

import net.claimsnet.flows.engine.FlowException;

import java.util.List;

/**
 * The notary refused to sign: a double spend (naming the consuming transactions), a time window, a bad
 * tear-off, a request not signed by its requester, a requester that is not a participant of an input.
 */
public class NotaryException extends FlowException {

    private final List<StateConflict> conflicts;
    private final NotaryRefusal kind;

    public NotaryException(String message, List<StateConflict> conflicts) {
        this(message, NotaryRefusal.CONFLICT, conflicts);
    }

    public NotaryException(String message, NotaryRefusal kind, List<StateConflict> conflicts) {
        super(message);
        this.kind = kind;
        this.conflicts = List.copyOf(conflicts);
    }

    /** Why the notary refused (a double spend, a bad request signature, a requester that is not a participant, ...). */
    public NotaryRefusal getKind() {
        return kind;
    }

    public List<StateConflict> getConflicts() {
        return conflicts;
    }
}
