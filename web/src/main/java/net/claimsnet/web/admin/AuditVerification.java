package net.claimsnet.web.admin;

import net.claimsnet.node.audit.AuditChainVerdict;
import net.claimsnet.node.audit.AuditLogReport;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.node.server.NodeRuntime;

import java.time.Duration;
import java.util.List;

/**
 * A check of the node's audit chain as the API answers it and the admin desk shows it. {@code firstBreak}
 * is null for an intact chain; {@code problems} lists the first few, lowest row first.
 */
public record AuditVerification(String chain, boolean intact, long rowsChecked, long lastRow, long signedUpTo,
                                long unsignedRows, int ownHeads, int auditorHeads, String auditorNote, long problemCount,
                                Problem firstBreak, List<Problem> problems) {

    /** How long the check waits for the auditor's copies of the heads. */
    static final Duration AUDITOR_WAIT = Duration.ofSeconds(10);

    /** One broken row: where, which kind (EDITED, DELETED, INSERTED, TRUNCATED, UNSIGNED_TAIL, BAD_SIGNATURE), why. */
    public record Problem(long row, String kind, String why) {
    }

    /** Runs the check and records it in the audit log (by whom, with its outcome). */
    public static AuditVerification check(NodeRuntime runtime, String caller) {
        AuditVerification verification = of(runtime.verifyAuditLog(AUDITOR_WAIT));
        runtime.auditLog().record(caller, "VERIFY_AUDIT_LOG", NodeAuditLog.NODE, null, ClaimAuditTrail.ALLOWED,
                verification.intact ? "intact, " + verification.rowsChecked + " rows"
                        : verification.problemCount + " problems, first at row " + verification.firstBreak.row());
        return verification;
    }

    static AuditVerification of(AuditLogReport report) {
        AuditChainVerdict verdict = report.verdict();
        List<Problem> problems = verdict.problems().stream().map(p -> new Problem(p.seq(), p.kind().name(), p.why())).toList();
        return new AuditVerification(verdict.chain(), verdict.intact(), verdict.rowsChecked(), verdict.lastSeq(),
                verdict.signedUpTo(), verdict.unsignedRows(), verdict.ownHeadsChecked(), verdict.auditorHeadsChecked(),
                report.auditorNote(), verdict.problemCount(), problems.isEmpty() ? null : problems.get(0), problems);
    }
}
