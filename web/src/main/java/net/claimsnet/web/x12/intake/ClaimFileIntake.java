package net.claimsnet.web.x12.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.desk.jobs.BatchJobs;
import net.claimsnet.web.x12.ack.Ack999Writer;
import net.claimsnet.web.x12.claims.ClaimFileReview;
import net.claimsnet.web.x12.claims.Mapped837Claim;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes in 837 files: reviews each (syntax, guide, mapping) and answers its 999 at once, then files the
 * accepted claims in the background as one {@link BatchJob} of kind {@value #KIND} on the desk's
 * {@link BatchJobs}, so that a file of a thousand claims does not hold the request. Keeps each file
 * under its interchange control numbers (ISA13) for its progress and its 277CA; a later file with the
 * same number takes its place. Kept in memory like the desk's other batches.
 */
@ApplicationScoped
public class ClaimFileIntake {

    /** The kind of the 837 batches in {@link BatchJobs}. */
    public static final String KIND = "x12-837";
    /** How many files are remembered by control number. */
    static final int KEPT = 200;

    @Inject
    private BatchJobs jobs;

    private Clock clock = Clock.systemUTC();
    private final AtomicLong controlNumbers = new AtomicLong(System.currentTimeMillis() / 1000 % 900_000_000L);
    private final Map<String, ClaimFile> byControlNumber = new LinkedHashMap<>();

    public ClaimFileIntake() {
        // for CDI
    }

    /** An intake on the given jobs and clock (tests). */
    public ClaimFileIntake(BatchJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Reviews the file, starts filing its accepted claims as {@code user} through {@code desk}, and
     * answers what was taken in (its 999 among it). A file that is not X12 is a
     * {@link net.claimsnet.web.x12.read.NotX12Exception}, and nothing is kept or filed.
     */
    public ClaimFile receive(DeskUser user, ClaimDesk desk, byte[] content, String fileName) {
        ClaimFileReview review = ClaimFileReview.of(content);
        String acknowledgement = Ack999Writer.write(review, this::nextControlNumber, LocalDateTime.now(clock));
        List<ClaimFileItem> items = items(review);
        String title = (fileName == null || fileName.isBlank() ? "837 " + String.join(", ", review.controlNumbers()) : fileName)
                + ": " + items.size() + " claim" + (items.size() == 1 ? "" : "s");
        BatchJob<ClaimFileItem> job = new BatchJob<>(KIND, user.name(), title, items, ClaimFileItem::key,
                ClaimFileItem::label, ClaimFileWork::known, clock);
        ClaimFile file = new ClaimFile(fileName, clock.instant(), review, acknowledgement, items, job);
        remember(file);
        jobs.start(job, new ClaimFileWork(user, desk));
        return file;
    }

    /** The file last received with that interchange control number (leading zeros optional). */
    public Optional<ClaimFile> find(String interchangeControlNumber) {
        if (interchangeControlNumber == null || !interchangeControlNumber.trim().matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        String key = normalise(interchangeControlNumber);
        synchronized (byControlNumber) {
            return Optional.ofNullable(byControlNumber.get(key));
        }
    }

    /** The file whose job has that id. */
    public Optional<ClaimFile> findByJob(String jobId) {
        synchronized (byControlNumber) {
            return byControlNumber.values().stream().filter(f -> f.job().getId().equals(jobId)).findFirst();
        }
    }

    /** The files kept, newest first, once each. */
    public List<ClaimFile> recent() {
        List<ClaimFile> files = new ArrayList<>();
        synchronized (byControlNumber) {
            for (ClaimFile file : byControlNumber.values()) {
                if (!files.contains(file)) {
                    files.add(0, file);
                }
            }
        }
        return files;
    }

    private static List<ClaimFileItem> items(ClaimFileReview review) {
        List<ClaimFileItem> items = new ArrayList<>();
        for (ClaimFileReview.Interchange interchange : review.interchanges()) {
            for (ClaimFileReview.Group group : interchange.groups()) {
                for (ClaimFileReview.Transaction transaction : group.transactions()) {
                    for (Mapped837Claim claim : transaction.claims()) {
                        items.add(new ClaimFileItem(items.size() + 1, interchange.interchange().controlNumber(),
                                transaction.transaction().controlNumber(), claim));
                    }
                }
            }
        }
        return items;
    }

    private void remember(ClaimFile file) {
        synchronized (byControlNumber) {
            for (String number : file.review().controlNumbers()) {
                String key = normalise(number);
                byControlNumber.remove(key);
                byControlNumber.put(key, file);
            }
            Iterator<ClaimFile> oldestFirst = byControlNumber.values().iterator();
            while (byControlNumber.size() > KEPT && oldestFirst.hasNext()) {
                oldestFirst.next();
                oldestFirst.remove();
            }
        }
    }

    private static String normalise(String controlNumber) {
        String trimmed = controlNumber.trim().replaceFirst("^0+(?=.)", "");
        return trimmed;
    }

    private String nextControlNumber() {
        return String.format("%09d", controlNumbers.incrementAndGet() % 1_000_000_000L);
    }
}
