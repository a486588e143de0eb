package net.claimsnet.web.desk.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The batches of this node's desk: starts each on the server's managed executor (so the request that
 * asked answers at once) and keeps them by id, so that a batch's page ({@code ?job=<id>}) shows it
 * while it runs and after it ended. Kept in memory: a restart forgets them (what each item did is on
 * the ledger anyway). The oldest ended batches go first when there are too many; a running one is
 * never forgotten.
 */
@ApplicationScoped
public class BatchJobs {

    /** How many batches are remembered, of all kinds; enough for a day of one node's desk work. */
    static final int KEPT = 200;

    /** What each item of a batch the server would not start says. */
    static final String NOT_STARTED_ITEM = "Not done: the server was too busy to start this batch, so nothing was"
            + " done for this item; start it again in a moment";
    static final String NOT_STARTED_JOB = "The server was too busy to start this batch: nothing was done."
            + " Start it again in a moment.";

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());

    @Resource
    private ManagedExecutorService managedExecutor;

    private Executor executor;

    /** In registration order, oldest first. */
    private final Map<String, BatchJob<?>> jobs = new LinkedHashMap<>();

    public BatchJobs() {
        // for CDI: batches run on the server's managed executor
    }

    /** Batches run on the given executor (tests; the server's is injected). */
    public BatchJobs(Executor executor) {
        this.executor = executor;
    }

    /**
     * Registers the job (so it is viewable before its first item) and runs it in the background. When
     * the server refuses to run it (its executor is saturated or shutting down), the job ends at once,
     * stopped, each item refused with a reason to start it again: its page never waits for a run that
     * will not come.
     */
    public <T> BatchJob<T> start(BatchJob<T> job, BatchJob.ItemWork<T> work) {
        register(job);
        try {
            executor().execute(() -> job.run(work));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, () -> "Batch " + job.getId() + " (" + job.getKind() + ") was not started: "
                    + e.getMessage());
            job.stop(NOT_STARTED_JOB, NOT_STARTED_ITEM);
        }
        return job;
    }

    public void register(BatchJob<?> job) {
        synchronized (jobs) {
            jobs.put(job.getId(), job);
            forgetOldestBeyond(KEPT);
        }
    }

    /** The batch, if it exists and the user started it (another user's batch is "not found"). */
    public Optional<BatchJob<?>> find(String id, String user) {
        return find(id).filter(job -> user != null && job.getOwner().equals(user));
    }

    /**
     * The batch of that kind, whoever started it: for batches every user of a page may follow (bulk
     * enrolments, which any node administrator sees).
     */
    public Optional<BatchJob<?>> findOfKind(String kind, String id) {
        return find(id).filter(job -> job.getKind().equals(kind));
    }

    /** The batches of that kind that are kept, newest first. */
    public List<BatchJob<?>> recent(String kind) {
        List<BatchJob<?>> newestFirst = new ArrayList<>();
        synchronized (jobs) {
            for (BatchJob<?> job : jobs.values()) {
                if (job.getKind().equals(kind)) {
                    newestFirst.add(job);
                }
            }
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private Optional<BatchJob<?>> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id.trim()));
        }
    }

    private void forgetOldestBeyond(int kept) {
        int excess = jobs.size() - kept;
        Iterator<BatchJob<?>> oldestFirst = jobs.values().iterator();
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
