package net.claimsnet.node.desk;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of the audit trail as it is read back: when, who, what, which claim, the outcome and a
 * short note (no PHI).
 */
public record ClaimAuditEntry(Instant at, String actor, String action, String claimId, String outcome, String detail)
        implements Serializable {
}
