package net.claimsnet.node.audit;

/**
 * A check of the node's audit log as the verify endpoint answers it: the chain's verdict, and whether
 * the auditor's copies of the heads were part of it (without them a tail cut off together with this
 * node's own heads cannot be seen).
 */
public record AuditLogReport(AuditChainVerdict verdict, int auditorHeads, String auditorNote) {
}
