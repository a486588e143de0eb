package net.claimsnet.flows.notary;

import net.claimsnet.flows.engine.FlowException;

import java.util.List;

/** The notary refused to sign: a double spend (naming the consuming transactions), a time window, a bad tear-off. */
public class NotaryException extends FlowException {

    private final List<StateConflict> conflicts;

    public NotaryException(String message, List<StateConflict> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<StateConflict> getConflicts() {
        return conflicts;
    }
}
