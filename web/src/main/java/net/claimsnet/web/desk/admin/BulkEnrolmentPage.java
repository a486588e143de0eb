package net.claimsnet.web.desk.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.jobs.BatchItemResult;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.desk.jobs.BatchJobs;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import jakarta.servlet.http.Part;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The CSV bulk enrolment: checks the uploaded file, starts the job in the background and opens its
 * page (/admin/enrolment.xhtml?job=id), which follows its progress and keeps its result, line by line.
 * The job is a {@link BatchJob} of kind {@value EnrolmentWork#KIND} (see {@link EnrolmentWork}); any
 * node administrator may follow any upload, and the page lists the recent ones.
 */
@Named("bulkEnrolment")
@ViewScoped
public class BulkEnrolmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** 5,000 members of about 60 bytes with room to spare; a bigger file is not an enrolment list. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    @Inject
    private transient DeskCalls desk;

    @Inject
    private transient EnrolmentNode node;

    @Inject
    private transient BatchJobs jobs;

    /** The job the page shows, from its {@code job} parameter. */
    private String jobId;
    private transient Part file;

    /** Checks the file and starts enrolling its members in the background; opens the job's page. */
    public String upload() {
        if (!node.isAvailable()) {
            desk.error("Members cannot be enrolled on this node", node.getUnavailableReason());
            return null;
        }
        if (file == null || file.getSize() == 0) {
            desk.error("Choose a CSV file to upload", "The file's first line names the columns; see the sample file.");
            return null;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            desk.error("The file is too large (" + file.getSize() / 1024 + " KB)",
                    "Upload at most " + EnrolmentCsv.MAX_MEMBERS + " members (2 MB) per file: split it.");
            return null;
        }
        EnrolmentCsv.Parsed lines;
        try (InputStream content = file.getInputStream()) {
            lines = EnrolmentCsv.parse(content.readNBytes((int) MAX_FILE_BYTES), node.planIds());
        } catch (EnrolmentCsv.FileRefusedException e) {
            desk.error("The file was not read", e.getMessage());
            return null;
        } catch (IOException e) {
            desk.error("The upload did not arrive whole", "Upload the file again.");
            return null;
        }
        Optional<CoverageDesk> coverages = desk.attempt(desk::coverages);
        if (coverages.isEmpty()) {
            return null;
        }
        // The job runs after this request: it takes the desk and the user now, not the request's context.
        DeskUser user = desk.user().deskUser();
        CoverageDesk coverageDesk = coverages.get();
        // One member per call: the desk's own outcome for that member (enrolled, covered already, refused, still running).
        Enroller enroller = enrollment -> coverageDesk.enrollAll(user, List.of(enrollment)).get(0);
        BatchJob<EnrolmentRow> job = jobs.start(EnrolmentWork.job(fileName(), user.name(), lines, Clock.systemUTC()),
                new EnrolmentWork(enroller));
        return "/admin/enrolment?faces-redirect=true&job=" + job.getId();
    }

    /** A CSV file to start from, on this insurer's plans. */
    public StreamedContent getSampleCsv() {
        byte[] sample = EnrolmentCsv.sample(node.planIds(), LocalDate.now().getYear()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("coverage-enrolment-sample.csv").contentType("text/csv")
                .contentLength((long) sample.length).stream(() -> new ByteArrayInputStream(sample)).build();
    }

    public BatchJob<?> getJob() {
        return jobs.findOfKind(EnrolmentWork.KIND, jobId).orElse(null);
    }

    /** A job was named but the node does not keep it (an old one, or the node restarted). */
    public boolean isJobMissing() {
        return jobId != null && !jobId.isBlank() && getJob() == null;
    }

    public List<BatchJob<?>> getRecentJobs() {
        return jobs.recent(EnrolmentWork.KIND);
    }

    public String text(Instant instant) {
        return DeskTimes.text(instant);
    }

    /** "Running in the background…", "Finished" or "Stopped", for the job's state line. */
    public String stateText(BatchJob<?> job) {
        if (!job.isFinished()) {
            return "Running in the background: you may leave this page and come back to its address.";
        }
        return job.isStopped() ? "Stopped" : "Finished";
    }

    /** A line's outcome in words: the job's own, or "Rejected" for a line refused for the job as a whole. */
    public String outcomeText(BatchItemResult row) {
        if (row.getOutcome() != null) {
            return row.getOutcome();
        }
        return row.isDone() ? EnrolmentWork.ACCEPTED : EnrolmentWork.REJECTED;
    }

    /** The CSS class of a line's outcome: accepted lines are good news, rejected ones bad. */
    public String outcomeStyle(BatchItemResult row) {
        String outcome = outcomeText(row);
        return EnrolmentWork.ACCEPTED.equals(outcome) ? "ok" : EnrolmentWork.REJECTED.equals(outcome) ? "bad" : "";
    }

    public long acceptedCount(BatchJob<?> job) {
        return job.getDoneCount();
    }

    public long alreadyCoveredCount(BatchJob<?> job) {
        return job.count(EnrolmentWork.ALREADY_COVERED);
    }

    public long stillRunningCount(BatchJob<?> job) {
        return job.count(EnrolmentWork.STILL_RUNNING);
    }

    /** Every line not accepted, already covered or still running: refused by the check, the desk, or the job's stop. */
    public long rejectedCount(BatchJob<?> job) {
        return job.getRefusedCount() - alreadyCoveredCount(job) - stillRunningCount(job);
    }

    public List<String> getColumns() {
        return EnrolmentCsv.COLUMNS;
    }

    public int getMaxMembers() {
        return EnrolmentCsv.MAX_MEMBERS;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    /** The uploaded file's own name, without any folder a browser sends with it. */
    private String fileName() {
        String submitted = file.getSubmittedFileName();
        if (submitted == null || submitted.isBlank()) {
            return "upload.csv";
        }
        return submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
