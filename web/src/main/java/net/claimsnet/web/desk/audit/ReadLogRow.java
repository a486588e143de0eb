package net.claimsnet.web.desk.audit;

import net.claimsnet.node.desk.ClaimAuditEntry;
import net.claimsnet.node.desk.NodeReadLog;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a claim's read log as the auditor reads it: which node recorded it, then the entry. The
 * logs of every node that answered are merged into one list, newest first, so that "who saw this claim
 * in that week" is read in one place; the nodes' clocks are the network's (each records its own time).
 */
public record ReadLogRow(String node, Instant at, String actor, String action, String outcome, String detail)
        implements Serializable {

    public static List<ReadLogRow> of(List<NodeReadLog> logs) {
        return logs.stream()
                .flatMap(log -> log.entries().stream().map(entry -> of(log.node(), entry)))
                .sorted(Comparator.comparing(ReadLogRow::at, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Why a node's log is missing from the rows, one sentence per node that did not give its log. */
    public static List<String> gaps(List<NodeReadLog> logs) {
        return logs.stream().filter(log -> !log.available())
                .map(log -> log.node() + ": " + log.unavailable()).toList();
    }

    private static ReadLogRow of(String node, ClaimAuditEntry entry) {
        return new ReadLogRow(node, entry.at(), entry.actor(), entry.action(), entry.outcome(), entry.detail());
    }
}
