package net.claimsnet.node.audit;

import java.util.List;
import java.util.Optional;

/**
 * What a check of one audit chain found: how many rows it read, up to which row signed heads vouch
 * for the chain, and each problem (the first {@link AuditChainVerifier#MAX_LISTED}, lowest row first).
 */
public record AuditChainVerdict(String chain, long rowsChecked, long lastSeq, int ownHeadsChecked, int auditorHeadsChecked,
                                long signedUpTo, long unsignedRows, long problemCount, List<Problem> problems) {

    /** Why a row breaks the chain. */
    public enum Kind {
        /** The row's fields no longer give its hash, or its hash differs from the one signed for it. */
        EDITED,
        /** Rows are missing from the middle of the chain. */
        DELETED,
        /** A row that the chain never had: without a number, with another row's number, or pushing rows down. */
        INSERTED,
        /** Rows are missing from the end: a signed head names a row the chain no longer has. */
        TRUNCATED,
        /** Rows that should have been signed by now were not: the signing was bypassed, or the heads removed. */
        UNSIGNED_TAIL,
        /** A kept head is not signed with this node's key. */
        BAD_SIGNATURE
    }

    /** One problem: the row it starts at, its kind, and why, in words. */
    public record Problem(long seq, Kind kind, String why) {
    }

    public AuditChainVerdict {
        problems = List.copyOf(problems);
    }

    /** Whether nothing is wrong with the chain. */
    public boolean intact() {
        return problemCount == 0;
    }

    /** The lowest-numbered problem. */
    public Optional<Problem> firstBreak() {
        return problems.stream().findFirst();
    }
}
