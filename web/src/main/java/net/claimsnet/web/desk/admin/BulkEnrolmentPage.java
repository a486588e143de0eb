package net.claimsnet.web.desk.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.web.desk.DeskCalls;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import jakarta.servlet.http.Part;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The CSV bulk enrolment: checks the uploaded file, starts the job in the background and opens its
 * page (/admin/enrolment.xhtml?job=id), which follows its progress and keeps its result, line by line.
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
    private transient EnrolmentJobs jobs;

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
        EnrolmentJob job = jobs.start(fileName(), user.name(), lines, batch -> coverageDesk.enrollAll(user, batch));
        return "/admin/enrolment?faces-redirect=true&job=" + job.getId();
    }

    /** A CSV file to start from, on this insurer's plans. */
    public StreamedContent getSampleCsv() {
        byte[] sample = EnrolmentCsv.sample(node.planIds(), LocalDate.now().getYear()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("coverage-enrolment-sample.csv").contentType("text/csv")
                .contentLength((long) sample.length).stream(() -> new ByteArrayInputStream(sample)).build();
    }

    public EnrolmentJob getJob() {
        return jobs.find(jobId).orElse(null);
    }

    /** A job was named but the node does not keep it (an old one, or the node restarted). */
    public boolean isJobMissing() {
        return jobId != null && !jobId.isBlank() && getJob() == null;
    }

    public List<EnrolmentJob> getRecentJobs() {
        return jobs.recent();
    }

    public String text(java.time.Instant instant) {
        return DeskTimes.text(instant);
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
