package net.claimsnet.web.desk.jobs;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchJobTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T10:00:00Z"), ZoneOffset.UTC);

    private static BatchJob<String> job(List<String> claims) {
        return new BatchJob<>("payment", "adjuster1", "Payment of " + claims.size() + " claims", claims, Function.identity(),
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

    @Test
    void resultsKnownBeforeTheRunAreRecordedInTheirPlaceWithoutWork() {
        List<String> workedOn = new ArrayList<>();
        BatchJob<String> job = new BatchJob<>("enrolment", "admin", "f.csv", List.of("A", "bad", "C"), Function.identity(),
                Function.identity(), item -> item.equals("bad") ? BatchJob.Outcome.refused("no member id").labelled("Rejected") : null,
                CLOCK);

        job.run(item -> {
            workedOn.add(item);
            return BatchJob.Outcome.done("enrolled").labelled("Accepted").withReference("cov-" + item);
        });

        assertThat(workedOn).containsExactly("A", "C");
        assertThat(job.getResults()).extracting(BatchItemResult::getKey, BatchItemResult::getOutcome,
                        BatchItemResult::getDetail, BatchItemResult::getReference)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", "Accepted", "enrolled", "cov-A"),
                        org.assertj.core.groups.Tuple.tuple("bad", "Rejected", "no member id", null),
                        org.assertj.core.groups.Tuple.tuple("C", "Accepted", "enrolled", "cov-C"));
        assertThat(job.count("Accepted")).isEqualTo(2);
        assertThat(job.count("Rejected")).isEqualTo(1);
        assertThat(job.count("Already covered")).isZero();
    }

    @Test
    void theResultsReadAreTheOnesRecordedWhenAskedAndNotACopyToChange() {
        BatchJob<String> job = job(List.of("A", "B"));
        List<BatchItemResult> before = job.getResults();

        job.run(claim -> BatchJob.Outcome.done("paid " + claim));

        assertThat(before).isEmpty();
        assertThat(job.getResults()).hasSize(2);
        assertThatThrownBy(() -> job.getResults().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void workThatCannotGoOnStopsTheJobAndEveryItemLeftIsRefusedWithWhy() {
        BatchJob<String> job = job(List.of("A", "B", "C"));
        List<String> workedOn = new ArrayList<>();

        job.run(claim -> {
            workedOn.add(claim);
            if (claim.equals("B")) {
                throw new BatchJob.StopJob("the node stopped answering", "Not paid: the node stopped answering; pay it again");
            }
            return BatchJob.Outcome.done("paid " + claim);
        });

        assertThat(workedOn).containsExactly("A", "B");
        assertThat(job.isFinished()).isTrue();
        assertThat(job.isStopped()).isTrue();
        assertThat(job.getStopReason()).isEqualTo("Stopped after 1 of 3: the node stopped answering");
        assertThat(job.getResults()).extracting(BatchItemResult::isDone).containsExactly(true, false, false);
        assertThat(job.getResults().get(2).getDetail()).isEqualTo("Not paid: the node stopped answering; pay it again");
        assertThat(job.getProgress()).isEqualTo(100);
    }

    @Test
    void aBatchTheExecutorRefusesEndsAtOnceWithEveryItemRefusedAndIsNotKeptRunning() {
        BatchJobs jobs = new BatchJobs(task -> {
            throw new RejectedExecutionException("saturated");
        });
        List<String> workedOn = new ArrayList<>();

        BatchJob<String> job = jobs.start(job(List.of("A", "B")), claim -> {
            workedOn.add(claim);
            return BatchJob.Outcome.done("paid");
        });

        assertThat(workedOn).isEmpty();
        assertThat(jobs.find(job.getId(), "adjuster1")).containsSame(job);
        assertThat(job.isStarted()).isFalse();
        assertThat(job.isFinished()).isTrue();
        assertThat(job.isStopped()).isTrue();
        assertThat(job.getProgress()).isEqualTo(100);
        assertThat(job.getProcessed()).isEqualTo(2);
        assertThat(job.getRefusedCount()).isEqualTo(2);
        assertThat(job.getStopReason()).isEqualTo(BatchJobs.NOT_STARTED_JOB);
        assertThat(job.getResults()).extracting(BatchItemResult::getDetail)
                .containsExactly(BatchJobs.NOT_STARTED_ITEM, BatchJobs.NOT_STARTED_ITEM);
        assertThatThrownBy(() -> job.run(claim -> BatchJob.Outcome.done("paid late"))).isInstanceOf(IllegalStateException.class);
        assertThat(workedOn).isEmpty();
    }

    @Test
    void aStartedBatchRunsOnTheExecutorAndIsRegisteredBeforeItsFirstItem() {
        List<Runnable> queued = new ArrayList<>();
        BatchJobs jobs = new BatchJobs(queued::add);

        BatchJob<String> job = jobs.start(job(List.of("A")), claim -> BatchJob.Outcome.done("paid"));

        assertThat(jobs.find(job.getId(), "adjuster1")).containsSame(job);
        assertThat(job.isStarted()).isFalse();
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(job.isFinished()).isTrue();
        assertThat(job.getDoneCount()).isEqualTo(1);
    }

    @Test
    void theRegistryListsOneKindNewestFirstEvenWhenTheClockDoesNotMove() {
        BatchJobs jobs = new BatchJobs(Runnable::run);
        BatchJob<String> first = new BatchJob<>("enrolment", "admin", "first.csv", List.of("A"), Function.identity(),
                Function.identity(), CLOCK);
        BatchJob<String> payment = job(List.of("P"));
        BatchJob<String> second = new BatchJob<>("enrolment", "admin2", "second.csv", List.of("B"), Function.identity(),
                Function.identity(), CLOCK);
        jobs.register(first);
        jobs.register(payment);
        jobs.register(second);

        assertThat(jobs.recent("enrolment")).containsExactly(second, first);
        assertThat(jobs.recent("payment")).containsExactly(payment);
        assertThat(jobs.findOfKind("enrolment", second.getId())).containsSame(second);
        assertThat(jobs.findOfKind("payment", second.getId())).isEmpty();
    }

    @Test
    void theRegistryNeverForgetsARunningBatch() {
        BatchJobs jobs = new BatchJobs();
        BatchJob<String> running = job(List.of("A"));
        jobs.register(running);
        BatchJob<String> last = null;
        for (int i = 0; i < BatchJobs.KEPT + 5; i++) {
            last = job(List.of("B"));
            last.run(claim -> BatchJob.Outcome.done("paid"));
            jobs.register(last);
        }

        assertThat(jobs.find(running.getId(), "adjuster1")).containsSame(running);
        assertThat(jobs.find(last.getId(), "adjuster1")).containsSame(last);
        assertThat(jobs.recent("payment")).hasSize(BatchJobs.KEPT);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
