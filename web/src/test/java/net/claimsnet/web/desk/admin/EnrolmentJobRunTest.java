package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.DeskAccessDeniedException;
import net.claimsnet.node.desk.Enrollment;
import net.claimsnet.node.desk.EnrollmentOutcome;
import net.claimsnet.node.desk.EnrollmentOutcome.Result;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class EnrolmentJobRunTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> PLANS = Set.of("GOLD");
    private static final String HEADER = "memberId,planId,effectiveFrom\n";

    /** A fake coverage desk: enrols every member, except those named in its rules, and records each batch. */
    private static final class FakeEnroller implements Enroller {
        final List<List<String>> batches = new ArrayList<>();
        final List<Integer> progressSeenAtEachBatch = new ArrayList<>();
        EnrolmentJob watched;

        @Override
        public List<EnrollmentOutcome> enrollAll(List<Enrollment> batch) {
            batches.add(batch.stream().map(Enrollment::memberId).toList());
            if (watched != null) {
                progressSeenAtEachBatch.add(watched.getProgress());
            }
            List<EnrollmentOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                String member = batch.get(i).memberId();
                outcomes.add(switch (member) {
                    case "COVERED" -> new EnrollmentOutcome(i, member, Result.ALREADY_COVERED, "cov-old", null, null,
                            "Member COVERED has an active coverage for overlapping dates already", null);
                    case "BAD.ID!" -> new EnrollmentOutcome(i, member, Result.REFUSED, null, null, "members[" + i + "].memberId",
                            "A member id is 1 to 64 letters, digits", null);
                    case "SLOW" -> new EnrollmentOutcome(i, member, Result.STILL_RUNNING, null, null, null, "still", "flow-9");
                    default -> new EnrollmentOutcome(i, member, Result.ENROLLED, "cov-" + member, null, null, null, null);
                });
            }
            return outcomes;
        }
    }

    private static EnrolmentCsv.Parsed file(String... members) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String member : members) {
            csv.append(member.startsWith("!") ? member.substring(1) : member + ",GOLD,2026-01-01").append('\n');
        }
        return EnrolmentCsv.parse(csv.toString(), PLANS);
    }

    private static EnrolmentJob job(EnrolmentCsv.Parsed lines) {
        return new EnrolmentJob("job-1", "members.csv", "admin", CLOCK.instant(), lines.lineCount());
    }

    @Test
    void eachLineGetsItsOutcomeAgainstItsLineNumberAndTheJobFinishes() throws Exception {
        EnrolmentCsv.Parsed lines = file("M-1", "COVERED", "!M-3,PLATINUM,2026-01-01", "BAD.ID!", "SLOW", "M-6");
        EnrolmentJob job = job(lines);

        new EnrolmentJobRun(job, lines, new FakeEnroller(), 2, CLOCK).run();

        assertThat(job.isFinished()).isTrue();
        assertThat(job.getState()).isEqualTo(EnrolmentJob.State.FINISHED);
        assertThat(job.getProgress()).isEqualTo(100);
        assertThat(job.getDoneCount()).isEqualTo(6);
        assertThat(job.getResults()).extracting(RowResult::getLine).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(job.getResults()).extracting(RowResult::getOutcome).containsExactly(
                RowResult.Outcome.ENROLLED, RowResult.Outcome.ALREADY_COVERED, RowResult.Outcome.REJECTED,
                RowResult.Outcome.REJECTED, RowResult.Outcome.STILL_RUNNING, RowResult.Outcome.ENROLLED);
        assertThat(job.getResults().get(0).getCoverageId()).isEqualTo("cov-M-1");
        assertThat(job.getResults().get(1).getCoverageId()).isEqualTo("cov-old");
        assertThat(job.getResults().get(2).getReason()).startsWith("planId PLATINUM is not one of this insurer's plans");
        assertThat(job.getResults().get(3).getReason()).isEqualTo("A member id is 1 to 64 letters, digits");
        assertThat(job.getResults().get(4).getReason()).contains("flow-9");
        assertThat(job.getAcceptedCount()).isEqualTo(2);
        assertThat(job.getAlreadyCoveredCount()).isEqualTo(1);
        assertThat(job.getRejectedCount()).isEqualTo(2);
        assertThat(job.getStillRunningCount()).isEqualTo(1);
        assertThat(job.getEndedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void linesThatFailedTheFileCheckAreNeverSentAndTheRestGoInBatchesWhileProgressMoves() throws Exception {
        EnrolmentCsv.Parsed lines = file("M-1", "!,GOLD,2026-01-01", "M-3", "M-4", "M-5", "M-6");
        EnrolmentJob job = job(lines);
        FakeEnroller enroller = new FakeEnroller();
        enroller.watched = job;

        new EnrolmentJobRun(job, lines, enroller, 2, CLOCK).run();

        assertThat(enroller.batches).containsExactly(List.of("M-1", "M-3"), List.of("M-4", "M-5"), List.of("M-6"));
        // 6 lines: the rejected one counts as done before the first batch, then 2 more per batch.
        assertThat(enroller.progressSeenAtEachBatch).containsExactly(16, 50, 83);
        assertThat(job.getResults().get(1).getReason()).isEqualTo("memberId is empty: give the member's id");
    }

    @Test
    void progressStaysBelowAHundredUntilTheJobEnds() {
        EnrolmentJob job = new EnrolmentJob("j", "f.csv", "admin", CLOCK.instant(), 2);
        assertThat(job.getProgress()).isZero();
        job.record(RowResult.rejected(2, "M-1", "x"));
        job.record(RowResult.rejected(3, "M-2", "x"));

        assertThat(job.getProgress()).isEqualTo(99);
        assertThat(job.isFinished()).isFalse();
        job.finish(CLOCK.instant());
        assertThat(job.getProgress()).isEqualTo(100);
    }

    @Test
    void aBatchTheDeskRefusesAsAWholeRejectsItsLinesWithTheDesksReasonAndTheNextBatchIsTried() throws Exception {
        EnrolmentCsv.Parsed lines = file("M-1", "M-2", "M-3");
        EnrolmentJob job = job(lines);
        List<Integer> calls = new ArrayList<>();
        Enroller refusingFirst = batch -> {
            calls.add(batch.size());
            if (calls.size() == 1) {
                throw new DeskAccessDeniedException("Only NODE_ADMIN users of an insurer node enrol members");
            }
            return new FakeEnroller().enrollAll(batch);
        };

        new EnrolmentJobRun(job, lines, refusingFirst, 2, CLOCK).run();

        assertThat(calls).containsExactly(2, 1);
        assertThat(job.getState()).isEqualTo(EnrolmentJob.State.FINISHED);
        assertThat(job.getResults()).extracting(RowResult::getReason).containsExactly(
                "Only NODE_ADMIN users of an insurer node enrol members",
                "Only NODE_ADMIN users of an insurer node enrol members", null);
    }

    @Test
    void whenTheNodeStopsAnsweringTheJobStopsAndStillAccountsForEveryLine() throws Exception {
        EnrolmentCsv.Parsed lines = file("M-1", "M-2", "M-3", "M-4");
        EnrolmentJob job = job(lines);
        List<Integer> calls = new ArrayList<>();
        Enroller failingSecond = batch -> {
            calls.add(batch.size());
            if (calls.size() == 2) {
                throw new IllegalStateException("The node is not running");
            }
            return new FakeEnroller().enrollAll(batch);
        };

        new EnrolmentJobRun(job, lines, failingSecond, 2, CLOCK).run();

        assertThat(job.getState()).isEqualTo(EnrolmentJob.State.STOPPED);
        assertThat(job.getStopReason()).isEqualTo("The node stopped answering after 2 of 4 members; the lines not done are marked rejected.");
        assertThat(job.getDoneCount()).isEqualTo(4);
        assertThat(job.getResults()).extracting(RowResult::getOutcome).containsExactly(
                RowResult.Outcome.ENROLLED, RowResult.Outcome.ENROLLED, RowResult.Outcome.REJECTED, RowResult.Outcome.REJECTED);
        assertThat(job.getResults().get(3).getReason()).startsWith("Not enrolled: the node stopped answering");
    }

    @Test
    void theRegistryFindsAJobByIdAfterItRanAndListsTheNewestFirst() throws Exception {
        Executor inline = Runnable::run;
        EnrolmentJobs jobs = new EnrolmentJobs(inline, CLOCK, 10);

        EnrolmentJob first = jobs.start("a.csv", "admin", file("M-1"), new FakeEnroller());
        EnrolmentJob second = jobs.start("b.csv", "admin", file("M-2", "COVERED"), new FakeEnroller());

        assertThat(jobs.find(first.getId())).containsSame(first);
        assertThat(jobs.find(" " + second.getId() + " ")).containsSame(second);
        assertThat(jobs.find("no-such-job")).isEmpty();
        assertThat(jobs.find(null)).isEmpty();
        assertThat(second.isFinished()).isTrue();
        assertThat(second.getAlreadyCoveredCount()).isEqualTo(1);
        assertThat(jobs.recent()).extracting(EnrolmentJob::getFileName).containsExactlyInAnyOrder("a.csv", "b.csv");
    }

    @Test
    void theRegistryForgetsTheOldestFinishedJobsButNeverARunningOne() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        EnrolmentJobs jobs = new EnrolmentJobs(queued::add, CLOCK, 10);
        EnrolmentJob running = jobs.start("running.csv", "admin", file("M-0"), new FakeEnroller());
        List<EnrolmentJob> finished = new ArrayList<>();
        for (int i = 0; i < EnrolmentJobs.KEPT + 5; i++) {
            EnrolmentJob job = jobs.start(i + ".csv", "admin", file("M-" + i), new FakeEnroller());
            queued.remove(queued.size() - 1).run();
            finished.add(job);
        }

        assertThat(jobs.find(running.getId())).containsSame(running);
        assertThat(running.isFinished()).isFalse();
        assertThat(jobs.recent()).hasSize(EnrolmentJobs.KEPT);
        assertThat(jobs.find(finished.get(0).getId())).isEmpty();
        assertThat(jobs.find(finished.get(finished.size() - 1).getId())).isPresent();
    }

    @Test
    void aJobTheServerCannotStartIsStoppedWithEveryLineRejected() throws Exception {
        EnrolmentJobs jobs = new EnrolmentJobs(task -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        }, CLOCK, 10);

        EnrolmentJob job = jobs.start("a.csv", "admin", file("M-1", "!,GOLD,2026-01-01"), new FakeEnroller());

        assertThat(job.getState()).isEqualTo(EnrolmentJob.State.STOPPED);
        assertThat(job.getRejectedCount()).isEqualTo(2);
        assertThat(job.getResults()).extracting(RowResult::getLine).containsExactly(2, 3);
    }
}
