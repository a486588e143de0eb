package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimConflictException;
import net.claimsnet.node.desk.FlowStillRunningException;
import net.claimsnet.web.desk.jobs.BatchItemResult;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.desk.jobs.BatchJobs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentWorkTest {

    private static final LocalDate PAID_ON = LocalDate.of(2025, 3, 20);

    @Test
    void aBatchPaysEachClaimWithItsOwnTraceNumberAndReportsRefusalsWithTheDesksReason() {
        List<String> tracesUsed = new ArrayList<>();
        PaymentWork work = new PaymentWork((ledgerId, trace, date) -> {
            tracesUsed.add(trace);
            assertThat(date).isEqualTo(PAID_ON);
            if (ledgerId.equals("L2")) {
                throw new ClaimConflictException("Claim L2 pays nothing: there is nothing to settle");
            }
            if (ledgerId.equals("L3")) {
                throw new FlowStillRunningException("flow-7");
            }
            return new BigDecimal("84.50");
        }, PAID_ON);
        List<PaymentItem> items = List.of(new PaymentItem("L1", "CLM-1", "EFT-1"), new PaymentItem("L2", "CLM-2", "EFT-2"),
                new PaymentItem("L3", "CLM-3", "EFT-3"));
        BatchJob<PaymentItem> job = new BatchJob<>(PaymentBatches.KIND, "adjuster1", "Payment of 3 claims", items, PaymentItem::ledgerId,
                PaymentItem::claimId, Clock.systemUTC());

        job.run(work);

        assertThat(tracesUsed).containsExactly("EFT-1", "EFT-2", "EFT-3");
        List<BatchItemResult> results = job.getResults();
        assertThat(results).extracting(BatchItemResult::getLabel).containsExactly("CLM-1", "CLM-2", "CLM-3");
        assertThat(results.get(0).isDone()).isTrue();
        assertThat(results.get(0).getDetail()).isEqualTo("Paid 84.50 on 2025-03-20, EFT trace EFT-1");
        assertThat(results.get(1).isDone()).isFalse();
        assertThat(results.get(1).getDetail()).isEqualTo("Claim L2 pays nothing: there is nothing to settle");
        assertThat(results.get(2).isDone()).isFalse();
        assertThat(results.get(2).getDetail()).startsWith("Not confirmed yet").contains("EFT-3");
        assertThat(job.getDoneCount()).isEqualTo(1);
    }

    @Test
    void aPaymentBatchTheServerWillNotRunEndsWithEachClaimRefusedInsteadOfWaitingForever() {
        BatchJobs jobs = new BatchJobs(task -> {
            throw new RejectedExecutionException("saturated");
        });
        List<String> settled = new ArrayList<>();
        PaymentWork work = new PaymentWork((ledgerId, trace, date) -> {
            settled.add(ledgerId);
            return BigDecimal.ONE;
        }, PAID_ON);
        BatchJob<PaymentItem> job = new BatchJob<>(PaymentBatches.KIND, "adjuster1", "Payment of 2 claims",
                List.of(new PaymentItem("L1", "CLM-1", "EFT-1"), new PaymentItem("L2", "CLM-2", "EFT-2")),
                PaymentItem::ledgerId, PaymentItem::claimId, Clock.systemUTC());

        jobs.start(job, work);

        assertThat(settled).isEmpty();
        assertThat(job.isFinished()).isTrue();
        assertThat(job.getProcessed()).isEqualTo(2);
        assertThat(job.getRefusedCount()).isEqualTo(2);
        assertThat(job.getResults()).extracting(BatchItemResult::getLabel).containsExactly("CLM-1", "CLM-2");
        assertThat(job.getResults().get(0).getDetail()).contains("too busy").contains("again");
    }
}
