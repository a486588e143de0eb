package net.claimsnet.web.x12.api;

import net.claimsnet.web.desk.jobs.BatchItemResult;
import net.claimsnet.web.x12.intake.ClaimFile;

import java.util.ArrayList;
import java.util.List;

/**
 * An 837 file's progress as GET /x12/837/{icn} answers it: the transaction sets the 999 accepted, how
 * many claims are done and with what result, and each claim (PENDING until the job reaches it, then
 * ACCEPTED with its ledger id, REJECTED with its reasons, or STILL_RUNNING when the ledger has not
 * answered yet).
 */
public record ClaimFileStatus(List<String> interchangeControlNumbers, String fileName, String received,
                              long transactionSets, long transactionSetsAccepted, int total, int done, long accepted,
                              long rejected, long stillRunning, boolean finished, String stopReason,
                              List<ClaimResult> claims) {

    public record ClaimResult(int position, String patientControlNumber, String status, String ledgerId, String reasons) {
    }

    static ClaimFileStatus of(ClaimFile file) {
        List<ClaimResult> claims = new ArrayList<>(file.items().size());
        for (int i = 0; i < file.items().size(); i++) {
            BatchItemResult result = file.resultOf(i);
            String label = file.items().get(i).label();
            if (result == null) {
                claims.add(new ClaimResult(i + 1, label, "PENDING", null, null));
            } else if (result.isDone()) {
                claims.add(new ClaimResult(i + 1, label, "ACCEPTED", result.getReference(), result.getDetail()));
            } else {
                claims.add(new ClaimResult(i + 1, label, "Still running".equals(result.getOutcome()) ? "STILL_RUNNING" : "REJECTED",
                        null, result.getDetail()));
            }
        }
        var job = file.job();
        return new ClaimFileStatus(file.review().controlNumbers(), file.fileName(), file.received().toString(),
                file.review().transactionCount(), file.review().acceptedTransactionCount(), job.getTotal(),
                job.getProcessed(), file.acceptedCount(), file.rejectedCount(), file.stillRunningCount(), job.isFinished(),
                job.getStopReason(), claims);
    }
}
