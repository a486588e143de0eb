package net.claimsnet.web.desk.billing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.jobs.BatchItemResult;
import net.claimsnet.web.x12.ack.Ack277CaWriter;
import net.claimsnet.web.x12.intake.ClaimFile;
import net.claimsnet.web.x12.intake.ClaimFileIntake;
import net.claimsnet.web.x12.read.NotX12Exception;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The billing desk's 837 upload: the same intake as POST /x12/837 (the 999 at once, then every accepted
 * claim filed through the desk's submission in the background). The page of an upload
 * (/billing/upload-837.xhtml?job=id) follows its progress, shows each claim's result and offers the
 * 999 and, once the job ended, the 277CA.
 */
@Named("upload837")
@ViewScoped
public class Upload837Page implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The same bound as the API's. */
    static final int MAX_FILE_BYTES = 40 * 1024 * 1024;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final AtomicLong CONTROL_NUMBERS = new AtomicLong(System.currentTimeMillis() / 1000 % 800_000_000L + 100_000_000L);

    @Inject
    private transient DeskCalls desk;

    @Inject
    private transient ClaimFileIntake intake;

    private String jobId;
    private transient Part file;

    /** Reviews the file (its 999), starts filing its claims in the background and opens the upload's page. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            desk.error("Choose an 837 file to upload", "An X12 837P or 837I file, starting with ISA.");
            return null;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            desk.error("The file is too large (" + file.getSize() / 1024 + " KB)", "Upload at most 40 MB per file: split it.");
            return null;
        }
        Optional<ClaimDesk> claims = desk.attempt(desk::claims);
        if (claims.isEmpty()) {
            return null;
        }
        if (claims.get().nodeRole() != NodeRole.PROVIDER) {
            desk.error("837 files are filed on a provider's node", "This node is " + claims.get().nodeRole() + ".");
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(MAX_FILE_BYTES);
        } catch (IOException e) {
            desk.error("The upload did not arrive whole", "Upload the file again.");
            return null;
        }
        try {
            ClaimFile received = intake.receive(desk.user().deskUser(), claims.get(), content, fileName());
            return "/billing/upload-837?faces-redirect=true&job=" + received.job().getId();
        } catch (NotX12Exception e) {
            desk.error("The file is not an X12 837; nothing was filed", e.getMessage());
            return null;
        }
    }

    public ClaimFile getUpload() {
        return jobId == null ? null : intake.findByJob(jobId.trim()).orElse(null);
    }

    /** A job was named but the node does not keep it (an old one, or the node restarted). */
    public boolean isUploadMissing() {
        return jobId != null && !jobId.isBlank() && getUpload() == null;
    }

    public List<ClaimFile> getRecentUploads() {
        return intake.recent();
    }

    public String text(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(ZoneId.systemDefault()));
    }

    public String stateText(ClaimFile upload) {
        if (!upload.job().isFinished()) {
            return "Filing in the background: you may leave this page and come back to its address.";
        }
        return upload.job().isStopped() ? "Stopped" : "Finished";
    }

    /** The 999's verdict in words: how many transaction sets were accepted. */
    public String acknowledgementText(ClaimFile upload) {
        long sets = upload.review().transactionCount();
        long accepted = upload.review().acceptedTransactionCount();
        return "999: " + accepted + " of " + sets + " transaction set" + (sets == 1 ? "" : "s") + " accepted"
                + (accepted < sets ? " (the rejected ones are named in the 999; their claims were not filed)" : "");
    }

    public String outcomeText(BatchItemResult row) {
        return row.getOutcome() != null ? row.getOutcome() : row.isDone() ? "Accepted" : "Rejected";
    }

    public String outcomeStyle(BatchItemResult row) {
        return row.isDone() ? "ok" : "Still running".equals(row.getOutcome()) ? "" : "bad";
    }

    public StreamedContent getAcknowledgement999() {
        ClaimFile upload = getUpload();
        return download(upload == null ? "" : upload.acknowledgement(), "999");
    }

    public StreamedContent getAcknowledgement277() {
        ClaimFile upload = getUpload();
        String text = upload == null ? "" : Ack277CaWriter.write(upload,
                () -> String.format("%09d", CONTROL_NUMBERS.incrementAndGet() % 1_000_000_000L), LocalDateTime.now());
        return download(text, "277ca");
    }

    private StreamedContent download(String text, String kind) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ClaimFile upload = getUpload();
        String number = upload == null ? "none" : upload.review().controlNumbers().get(0);
        return DefaultStreamedContent.builder().name(kind + "-" + number + ".x12").contentType("application/EDI-X12")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    private String fileName() {
        String submitted = file.getSubmittedFileName();
        if (submitted == null || submitted.isBlank()) {
            return "upload.837";
        }
        return submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    }
}
