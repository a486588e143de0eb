package net.claimsnet.web.desk.jobs;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchJobTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T10:00:00Z"), ZoneOffset.UTC);

    private static BatchJob<String> job(List<String> claims) {
        return new BatchJob<>("adjuster1", "Payment of " + claims.size() + " claims", claims, Function.identity(),
                c -> "claim " + c, CLOCK);
    }

    @Test
    void aBatchRecordsEachItemInOrderWithWhatWasDoneOrWhyItWasRefused() {
        BatchJob<String> job = job(List.of("A", "B", "C"));

        job.run(claim -> claim.equals("B") ? BatchJob.Outcome.refused("B is denied: nothing to pay")
                : BatchJob.Outcome.done("paid " + claim));

        assertThat(job.isFinished()).isTrue();
        assertThat(job.getProgress()).isEqualTo(100);
        assertThat(job.getDoneCount()).isEqualTo(2);
        assertThat(job.getRefusedCount()).isEqualTo(1);
        assertThat(job.getResults()).extracting(BatchItemResult::getPosition, BatchItemResult::getKey,
                        BatchItemResult::getLabel, BatchItemResult::isDone, BatchItemResult::getDetail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "A", "claim A", true, "paid A"),
                        org.assertj.core.groups.Tuple.tuple(2, "B", "claim B", false, "B is denied: nothing to pay"),
                        org.assertj.core.groups.Tuple.tuple(3, "C", "claim C", true, "paid C"));
    }

    @Test
    void anUnexpectedFailureOfOneItemIsRecordedAndTheOthersStillRun() {
        BatchJob<String> job = job(List.of("A", "B", "C"));

        job.run(claim -> {
            if (claim.equals("A")) {
                throw new IllegalStateException("the vault is gone");
            }
            return BatchJob.Outcome.done("paid " + claim);
        });

        assertThat(job.getResults()).hasSize(3);
        assertThat(job.getResults().get(0).isDone()).isFalse();
        assertThat(job.getResults().get(0).getDetail()).startsWith("Failed unexpectedly").doesNotContain("vault");
        assertThat(job.getDoneCount()).isEqualTo(2);
    }

    @Test
    void progressIsTheShareOfItemsProcessedWhileTheBatchRuns() throws Exception {
        BatchJob<String> job = job(List.of("A", "B", "C", "D"));
        CountDownLatch twoDone = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        List<Integer> seenBeforeStart = new ArrayList<>(List.of(job.getProgress()));

        Thread background = new Thread(() -> job.run(claim -> {
            if (claim.equals("C")) {
                twoDone.countDown();
                await(goOn);
            }
            return BatchJob.Outcome.done("paid " + claim);
        }));
        background.start();
        assertThat(twoDone.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(seenBeforeStart).containsExactly(0);
        assertThat(job.isStarted()).isTrue();
        assertThat(job.isFinished()).isFalse();
        assertThat(job.getProcessed()).isEqualTo(2);
        assertThat(job.getProgress()).isEqualTo(50);

        goOn.countDown();
        background.join(5000);
        assertThat(job.isFinished()).isTrue();
        assertThat(job.getProgress()).isEqualTo(100);
    }

    @Test
    void aBatchRunsOnlyOnce() {
        BatchJob<String> job = job(List.of("A"));
        job.run(claim -> BatchJob.Outcome.done("paid"));

        assertThatThrownBy(() -> job.run(claim -> BatchJob.Outcome.done("paid again")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(job.getResults()).hasSize(1);
    }

    @Test
    void anEmptyBatchEndsAtOneHundredPercent() {
        BatchJob<String> job = job(List.of());
        assertThat(job.getProgress()).isZero();

        job.run(claim -> BatchJob.Outcome.done("never"));

        assertThat(job.getProgress()).isEqualTo(100);
        assertThat(job.getResults()).isEmpty();
    }

    @Test
    void theRegistryShowsABatchOnlyToTheUserWhoStartedIt() {
        BatchJobs jobs = new BatchJobs();
        BatchJob<String> job = job(List.of("A"));
        jobs.register(job);

        assertThat(jobs.find(job.getId(), "adjuster1")).containsSame(job);
        assertThat(jobs.find(job.getId(), "adjuster2")).isEmpty();
        assertThat(jobs.find("no-such-job", "adjuster1")).isEmpty();
        assertThat(jobs.find(null, "adjuster1")).isEmpty();
    }

    @Test
    void theRegistryForgetsTheOldestEndedBatchesBeyondItsLimit() {
        BatchJobs jobs = new BatchJobs();
        BatchJob<String> first = job(List.of("A"));
        first.run(claim -> BatchJob.Outcome.done("paid"));
        jobs.register(first);
        for (int i = 0; i < BatchJobs.KEPT; i++) {
            jobs.register(job(List.of("B")));
        }

        assertThat(jobs.find(first.getId(), "adjuster1")).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
