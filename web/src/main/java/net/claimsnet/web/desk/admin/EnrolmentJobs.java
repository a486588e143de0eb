package net.claimsnet.web.desk.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The node's bulk enrolments: starts each on the server's managed executor (so the upload request
 * answers at once and the page follows the job) and keeps the most recent ones, running or done, by
 * id, so that a result stays viewable at /admin/enrolment.xhtml?job=id after the page is left. Kept in
 * memory: a restart of the node forgets them (the coverages enrolled stay on the ledger).
 */
@ApplicationScoped
public class EnrolmentJobs {

    /** Enough for a day's uploads; the oldest finished jobs are forgotten first. */
    static final int KEPT = 50;

    @Resource
    private ManagedExecutorService managedExecutor;

    private Executor executor;
    private Clock clock = Clock.systemUTC();
    private int batchSize = EnrolmentJobRun.BATCH_SIZE;
    private final Map<String, EnrolmentJob> jobs = new LinkedHashMap<>();

    public EnrolmentJobs() {
        // for CDI: the executor is the server's
    }

    /** For tests: jobs run on the given executor, in batches of the given size. */
    EnrolmentJobs(Executor executor, Clock clock, int batchSize) {
        this.executor = executor;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Registers the job and starts it; the job is returned at once, running. */
    public EnrolmentJob start(String fileName, String startedBy, EnrolmentCsv.Parsed lines, Enroller enroller) {
        EnrolmentJob job = new EnrolmentJob(UUID.randomUUID().toString(), fileName, startedBy, clock.instant(), lines.lineCount());
        synchronized (jobs) {
            jobs.put(job.getId(), job);
            forgetOldest();
        }
        try {
            executor().execute(new EnrolmentJobRun(job, lines, enroller, batchSize, clock));
        } catch (RejectedExecutionException e) {
            lines.rejected().forEach(job::record);
            lines.rows().forEach(row -> job.record(RowResult.rejected(row.line(), row.enrollment().memberId(),
                    "Not enrolled: the server is too busy to start the upload; upload the file again in a moment")));
            job.stop("The server is too busy to start the upload; nothing was enrolled.", clock.instant());
        }
        return job;
    }

    public Optional<EnrolmentJob> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id.trim()));
        }
    }

    /** The jobs kept, newest first. */
    public List<EnrolmentJob> recent() {
        synchronized (jobs) {
            List<EnrolmentJob> newestFirst = new ArrayList<>(jobs.values());
            newestFirst.sort(Comparator.comparing(EnrolmentJob::getStartedAt).reversed());
            return newestFirst;
        }
    }

    /** Running jobs are never forgotten (their page is being followed); finished ones go oldest first. */
    private void forgetOldest() {
        var oldestFirst = jobs.values().iterator();
        int excess = jobs.size() - KEPT;
        while (excess > 0 && oldestFirst.hasNext()) {
            if (oldestFirst.next().isFinished()) {
                oldestFirst.remove();
                excess--;
            }
        }
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }
}
