package net.claimsnet.flows.notary;

import java.util.List;

/** The uniqueness store's answer: committed (now or by an earlier identical request), or the conflicts. */
public final class CommitResult {

    private final List<StateConflict> conflicts;

    private CommitResult(List<StateConflict> conflicts) {
        this.conflicts = List.copyOf(conflicts);
    }

    public static CommitResult committed() {
        return new CommitResult(List.of());
    }

    public static CommitResult conflicting(List<StateConflict> conflicts) {
        return new CommitResult(conflicts);
    }

    public boolean isCommitted() {
        return conflicts.isEmpty();
    }

    public List<StateConflict> conflicts() {
        return conflicts;
    }
}
