package net.claimsnet.web.desk.audit;

import net.claimsnet.node.desk.TransactionIntegrity;

import java.util.List;
import java.util.stream.Collectors;

/** The integrity check's result in one sentence: all verified, or which transactions failed and why. */
public final class IntegrityVerdict {

    private IntegrityVerdict() {
    }

    public static boolean allVerified(List<TransactionIntegrity> results) {
        return !results.isEmpty() && results.stream().allMatch(TransactionIntegrity::ok);
    }

    public static String of(List<TransactionIntegrity> results) {
        if (results.isEmpty()) {
            return "No transaction of this claim is held on this node: nothing could be verified";
        }
        List<TransactionIntegrity> failed = results.stream().filter(r -> !r.ok()).collect(Collectors.toList());
        if (failed.isEmpty()) {
            return "All " + results.size() + " transactions verified";
        }
        return failed.size() + " of " + results.size() + " transactions failed: " + failed.stream()
                .map(r -> "transaction " + shortId(r.transactionId()) + " (" + r.statusAfter() + "): "
                        + String.join("; ", r.problems()))
                .collect(Collectors.joining(" | "));
    }

    /** Enough of a SHA-256 id to tell transactions apart on screen; the table shows it whole. */
    static String shortId(String transactionId) {
        return transactionId.length() <= 12 ? transactionId : transactionId.substring(0, 12) + "…";
    }
}
