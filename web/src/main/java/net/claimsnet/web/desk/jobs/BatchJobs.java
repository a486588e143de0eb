package net.claimsnet.web.desk.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batches of this node's desk, by id, so that a batch's page ({@code ?job=<id>}) shows it while
 * it runs and after it ended, from any request of the user who started it. Kept in memory: a restart
 * forgets them (what each item did is on the ledger anyway). The oldest ended batches go first when
 * there are too many.
 */
@ApplicationScoped
public class BatchJobs {

    /** How many batches are remembered; enough for a day of one node's desk work. */
    static final int KEPT = 200;

    private final Map<String, BatchJob<?>> jobs = new ConcurrentHashMap<>();

    public void register(BatchJob<?> job) {
        jobs.put(job.getId(), job);
        forgetOldestBeyond(KEPT);
    }

    /** The batch, if it exists and the user started it (another user's batch is "not found"). */
    public Optional<BatchJob<?>> find(String id, String user) {
        if (id == null || user == null) {
            return Optional.empty();
        }
        BatchJob<?> job = jobs.get(id.trim());
        return job != null && job.getOwner().equals(user) ? Optional.of(job) : Optional.empty();
    }

    private void forgetOldestBeyond(int kept) {
        while (jobs.size() > kept) {
            Optional<BatchJob<?>> oldestEnded = jobs.values().stream().filter(BatchJob::isFinished)
                    .min(Comparator.comparing(BatchJob::getCreated));
            if (oldestEnded.isEmpty()) {
                return;
            }
            jobs.remove(oldestEnded.get().getId());
        }
    }
}
