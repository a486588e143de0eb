package net.claimsnet.node.desk;

import java.io.Serializable;
import java.util.List;

/**
 * One node's read log of a claim, as the auditor's trail shows it: the node, its entries (newest first),
 * or why the node's log could not be had (it did not answer, or refused) — never an empty log in its place.
 */
public record NodeReadLog(String node, List<ClaimAuditEntry> entries, String unavailable) implements Serializable {

    public NodeReadLog {
        entries = List.copyOf(entries);
    }

    public static NodeReadLog of(String node, List<ClaimAuditEntry> entries) {
        return new NodeReadLog(node, entries, null);
    }

    public static NodeReadLog unavailable(String node, String reason) {
        return new NodeReadLog(node, List.of(), reason);
    }

    public boolean available() {
        return unavailable == null;
    }
}
