package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.DeskAccessDeniedException;
import net.claimsnet.node.desk.Enrollment;
import net.claimsnet.node.desk.EnrollmentOutcome;
import net.claimsnet.node.desk.EnrollmentOutcome.Result;
import net.claimsnet.web.desk.jobs.BatchItemResult;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.desk.jobs.BatchJobs;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class EnrolmentWorkTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> PLANS = Set.of("GOLD");
    private static final String HEADER = "memberId,planId,effectiveFrom\n";

    /** A fake coverage desk: enrols every member, except those its rules name, and records each call. */
    private static final class FakeEnroller implements Enroller {
        final List<String> calls = new ArrayList<>();
        final List<Integer> progressSeenAtEachCall = new ArrayList<>();
        BatchJob<?> watched;

        @Override
        public EnrollmentOutcome enroll(Enrollment enrollment) {
            String member = enrollment.memberId();
            calls.add(member);
            if (watched != null) {
                progressSeenAtEachCall.add(watched.getProgress());
            }
            return switch (member) {
                case "COVERED" -> new EnrollmentOutcome(0, member, Result.ALREADY_COVERED, "cov-old", null, null,
                        "Member COVERED has an active coverage for overlapping dates already", null);
                case "BAD.ID!" -> new EnrollmentOutcome(0, member, Result.REFUSED, null, null, "members[0].memberId",
                        "A member id is 1 to 64 letters, digits", null);
                case "SLOW" -> new EnrollmentOutcome(0, member, Result.STILL_RUNNING, null, null, null, "still", "flow-9");
                default -> new EnrollmentOutcome(0, member, Result.ENROLLED, "cov-" + member, null, null, null, null);
            };
        }
    }

    private static EnrolmentCsv.Parsed file(String... members) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String member : members) {
            csv.append(member.startsWith("!") ? member.substring(1) : member + ",GOLD,2026-01-01").append('\n');
        }
        return EnrolmentCsv.parse(csv.toString(), PLANS);
    }

    private static BatchJob<EnrolmentRow> job(EnrolmentCsv.Parsed lines) {
        return EnrolmentWork.job("members.csv", "admin", lines, CLOCK);
    }

    private static String outcomeOf(BatchItemResult result) {
        return new BulkEnrolmentPage().outcomeText(result);
    }

    @Test
    void eachLineGetsItsOutcomeInLineOrderAndTheJobFinishes() throws Exception {
        EnrolmentCsv.Parsed lines = file("M-1", "COVERED", "!M-3,PLATINUM,2026-01-01", "BAD.ID!", "SLOW", "M-6");
        BatchJob<EnrolmentRow> job = job(lines);

        job.run(new EnrolmentWork(new FakeEnroller()));

        assertThat(job.isFinished()).isTrue();
        assertThat(job.isStopped()).isFalse();
        assertThat(job.getProgress()).isEqualTo(100);
        assertThat(job.getProcessed()).isEqualTo(6);
        List<BatchItemResult> results = job.getResults();
        assertThat(results).extracting(BatchItemResult::getKey).containsExactly("2", "3", "4", "5", "6", "7");
        assertThat(results).extracting(BatchItemResult::getLabel).containsExactly("M-1", "COVERED", "M-3", "BAD.ID!", "SLOW", "M-6");
        assertThat(results).extracting(EnrolmentWorkTest::outcomeOf).containsExactly(
                "Accepted", "Already covered", "Rejected", "Rejected", "Still running", "Accepted");
        assertThat(results.get(0).getReference()).isEqualTo("cov-M-1");
        assertThat(results.get(1).getReference()).isEqualTo("cov-old");
        assertThat(results.get(2).getDetail()).startsWith("planId PLATINUM is not one of this insurer's plans");
        assertThat(results.get(3).getDetail()).isEqualTo("A member id is 1 to 64 letters, digits");
        assertThat(results.get(4).getDetail()).contains("flow-9");
        BulkEnrolmentPage page = new BulkEnrolmentPage();
        assertThat(page.acceptedCount(job)).isEqualTo(2);
        assertThat(page.alreadyCoveredCount(job)).isEqualTo(1);
        assertThat(page.rejectedCount(job)).isEqualTo(2);
        assertThat(page.stillRunningCount(job)).isEqualTo(1);
        assertThat(page.stateText(job)).isEqualTo("Finished");
        assertThat(job.getFinished()).isEqualTo(CLOCK.instant());
    }

    @Test
    void linesThatFailedTheFileCheckAreNeverSentAndTheOthersGoOneMemberPerCallWhileProgressMoves() throws Exception {
        EnrolmentCsv.Parsed lines = file("M-1", "!,GOLD,2026-01-01", "M-3", "M-4", "M-5", "M-6");
        BatchJob<EnrolmentRow> job = job(lines);
        FakeEnroller enroller = new FakeEnroller();
        enroller.watched = job;

        job.run(new EnrolmentWork(enroller));

        assertThat(enroller.calls).containsExactly("M-1", "M-3", "M-4", "M-5", "M-6");
        // 6 lines: each call sees the lines before it done, the refused line 3 included.
        assertThat(enroller.progressSeenAtEachCall).containsExactly(0, 33, 50, 66, 83);
        assertThat(job.getResults().get(1).getKey()).isEqualTo("3");
        assertThat(job.getResults().get(1).getDetail()).isEqualTo("memberId is empty: give the member's id");
    }

    @Test
    void aMemberTheDeskRefusesIsRejectedWithTheDesksReasonAndTheNextIsTried() throws Exception {
        EnrolmentCsv.Parsed lines = file("M-1", "M-2", "M-3");
        BatchJob<EnrolmentRow> job = job(lines);
        List<String> calls = new ArrayList<>();
        Enroller refusingFirst = enrollment -> {
            calls.add(enrollment.memberId());
            if (calls.size() == 1) {
                throw new DeskAccessDeniedException("Only NODE_ADMIN users of an insurer node enrol members");
            }
            return new FakeEnroller().enroll(enrollment);
        };

        job.run(new EnrolmentWork(refusingFirst));

        assertThat(calls).containsExactly("M-1", "M-2", "M-3");
        assertThat(job.isStopped()).isFalse();
        assertThat(job.getResults()).extracting(BatchItemResult::getDetail).containsExactly(
                "Only NODE_ADMIN users of an insurer node enrol members", null, null);
        assertThat(job.getResults()).extracting(EnrolmentWorkTest::outcomeOf).containsExactly("Rejected", "Accepted", "Accepted");
    }

    @Test
    void whenTheNodeStopsAnsweringTheJobStopsAndStillAccountsForEveryLineInOrder() throws Exception {
        EnrolmentCsv.Parsed lines = file("M-1", "M-2", "M-3", "!,GOLD,2026-01-01", "M-5");
        BatchJob<EnrolmentRow> job = job(lines);
        List<String> calls = new ArrayList<>();
        Enroller failingSecond = enrollment -> {
            calls.add(enrollment.memberId());
            if (calls.size() == 2) {
                throw new IllegalStateException("The node is not running");
            }
            return new FakeEnroller().enroll(enrollment);
        };

        job.run(new EnrolmentWork(failingSecond));

        assertThat(calls).containsExactly("M-1", "M-2");
        assertThat(job.isFinished()).isTrue();
        assertThat(job.isStopped()).isTrue();
        assertThat(job.getStopReason()).isEqualTo(
                "Stopped after 1 of 5: the node stopped answering; the lines not done are marked rejected.");
        assertThat(new BulkEnrolmentPage().stateText(job)).isEqualTo("Stopped");
        assertThat(job.getProcessed()).isEqualTo(5);
        assertThat(job.getResults()).extracting(BatchItemResult::getKey).containsExactly("2", "3", "4", "5", "6");
        assertThat(job.getResults()).extracting(EnrolmentWorkTest::outcomeOf).containsExactly(
                "Accepted", "Rejected", "Rejected", "Rejected", "Rejected");
        assertThat(job.getResults().get(1).getDetail()).startsWith("Not enrolled: the node stopped answering");
        // The line the file check refused keeps its own reason.
        assertThat(job.getResults().get(3).getDetail()).isEqualTo("memberId is empty: give the member's id");
        assertThat(new BulkEnrolmentPage().rejectedCount(job)).isEqualTo(4);
    }

    @Test
    void anUploadTheServerCannotStartIsStoppedWithEveryLineRejectedInLineOrder() throws Exception {
        BatchJobs jobs = new BatchJobs(task -> {
            throw new RejectedExecutionException("full");
        });
        FakeEnroller enroller = new FakeEnroller();

        BatchJob<EnrolmentRow> job = jobs.start(job(file("M-1", "!,GOLD,2026-01-01", "M-3")), new EnrolmentWork(enroller));

        assertThat(enroller.calls).isEmpty();
        assertThat(job.isFinished()).isTrue();
        assertThat(job.isStopped()).isTrue();
        assertThat(job.getStopReason()).contains("too busy");
        assertThat(new BulkEnrolmentPage().rejectedCount(job)).isEqualTo(3);
        assertThat(job.getResults()).extracting(BatchItemResult::getKey).containsExactly("2", "3", "4");
        assertThat(job.getResults().get(0).getDetail()).contains("too busy").contains("again");
        assertThat(job.getResults().get(1).getDetail()).isEqualTo("memberId is empty: give the member's id");
    }

    @Test
    void theRegistryFindsAnUploadByIdForAnyAdministratorAndListsTheNewestFirst() throws Exception {
        BatchJobs jobs = new BatchJobs(Runnable::run);

        BatchJob<EnrolmentRow> first = jobs.start(EnrolmentWork.job("a.csv", "admin", file("M-1"), CLOCK),
                new EnrolmentWork(new FakeEnroller()));
        BatchJob<EnrolmentRow> second = jobs.start(EnrolmentWork.job("b.csv", "admin2", file("M-2", "COVERED"), CLOCK),
                new EnrolmentWork(new FakeEnroller()));
        BatchJob<String> payment = new BatchJob<>("payment", "adjuster1", "Payment of 1 claim", List.of("L1"),
                c -> c, c -> c, CLOCK);
        jobs.register(payment);

        assertThat(jobs.findOfKind(EnrolmentWork.KIND, first.getId())).containsSame(first);
        assertThat(jobs.findOfKind(EnrolmentWork.KIND, " " + second.getId() + " ")).containsSame(second);
        assertThat(jobs.findOfKind(EnrolmentWork.KIND, payment.getId())).isEmpty();
        assertThat(jobs.findOfKind(EnrolmentWork.KIND, "no-such-job")).isEmpty();
        assertThat(jobs.findOfKind(EnrolmentWork.KIND, null)).isEmpty();
        assertThat(second.isFinished()).isTrue();
        assertThat(new BulkEnrolmentPage().alreadyCoveredCount(second)).isEqualTo(1);
        // Both were started at the same instant (a fixed clock): the newest is the one started last.
        assertThat(jobs.recent(EnrolmentWork.KIND)).extracting(BatchJob::getTitle).containsExactly("b.csv", "a.csv");
    }
}
