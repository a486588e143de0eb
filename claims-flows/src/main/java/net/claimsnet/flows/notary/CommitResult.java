package net.claimsnet.flows.notary;

import net.corda.core.contracts.StateRef;

import java.util.List;

/**
 * The uniqueness store's answer: committed (now or by an earlier identical request), the conflicts,
 * or the inputs whose recorded custodians do not include the requester. Nothing is written unless
 * committed.
 */
public final class CommitResult {

    private final List<StateConflict> conflicts;
    private final List<StateRef> notCustodianOf;
    private final int inputsWithoutCustody;

    private CommitResult(List<StateConflict> conflicts, List<StateRef> notCustodianOf, int inputsWithoutCustody) {
        this.conflicts = List.copyOf(conflicts);
        this.notCustodianOf = List.copyOf(notCustodianOf);
        this.inputsWithoutCustody = inputsWithoutCustody;
    }

    public static CommitResult committed() {
        return new CommitResult(List.of(), List.of(), 0);
    }

    /** Committed, some inputs on the signed request alone: their custody was never recorded (see {@link UniquenessProvider}). */
    public static CommitResult committed(int inputsWithoutCustody) {
        return new CommitResult(List.of(), List.of(), inputsWithoutCustody);
    }

    public static CommitResult conflicting(List<StateConflict> conflicts) {
        return new CommitResult(conflicts, List.of(), 0);
    }

    /** Refused: the requester is not among the recorded custodians of these inputs. */
    public static CommitResult notCustodianOf(List<StateRef> inputs) {
        return new CommitResult(List.of(), inputs, 0);
    }

    public boolean isCommitted() {
        return conflicts.isEmpty() && notCustodianOf.isEmpty();
    }

    public List<StateConflict> conflicts() {
        return conflicts;
    }

    public List<StateRef> notCustodianOf() {
        return notCustodianOf;
    }

    public int inputsWithoutCustody() {
        return inputsWithoutCustody;
    }
}
