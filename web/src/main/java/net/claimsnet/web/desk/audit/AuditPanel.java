package net.claimsnet.web.desk.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.NodeReadLog;
import net.claimsnet.node.desk.TransactionIntegrity;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.NodeInfo;
import net.claimsnet.web.desk.claims.ClaimScreen;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The auditor's panel on the shared claim page: re-check the claim's chain on this node, the claim's
 * read log (on the auditor's node: every party's, which they disclose to the auditor alone), and the
 * audit dossier as PDF. Every call goes through the desk, which audits it.
 */
@Named
@ViewScoped
public class AuditPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimScreen claimScreen;

    @Inject
    private transient DeskCalls desk;

    @Inject
    private transient NodeInfo nodeInfo;

    private List<TransactionIntegrity> integrity;
    private List<NodeReadLog> readLogs;

    /** Runs the integrity check; the result replaces the previous one. */
    public void verify() {
        integrity = desk.attempt(() -> desk.claims().verifyIntegrity(desk.user().deskUser(), claimScreen.getId())).orElse(null);
    }

    public boolean isVerified() {
        return integrity != null;
    }

    public List<TransactionIntegrity> getIntegrity() {
        return integrity == null ? List.of() : integrity;
    }

    public boolean isAllVerified() {
        return integrity != null && IntegrityVerdict.allVerified(integrity);
    }

    public String getVerdict() {
        return integrity == null ? "" : IntegrityVerdict.of(integrity);
    }

    /** The read log, read once per view (reading it is itself logged) and again on refresh. */
    public List<ReadLogRow> getReadLog() {
        return ReadLogRow.of(readLogs());
    }

    /** The nodes whose log could not be had, and why: shown above the log, never as an empty log. */
    public List<String> getReadLogGaps() {
        return ReadLogRow.gaps(readLogs());
    }

    private List<NodeReadLog> readLogs() {
        if (readLogs == null && claimScreen.isFound()) {
            refreshReadLog();
        }
        return readLogs == null ? List.of() : readLogs;
    }

    public void refreshReadLog() {
        readLogs = desk.attempt(() -> desk.claims().readLogs(desk.user().deskUser(), claimScreen.getId())).orElse(List.of());
    }

    /** The dossier as a download; the integrity check and the read log are taken afresh for it. */
    public StreamedContent getDossier() {
        if (!claimScreen.isFound()) {
            return null;
        }
        verify();
        refreshReadLog();
        if (integrity == null) {
            return null;
        }
        AuditDossier dossier = AuditDossier.of(claimScreen.getClaim(), claimScreen.getId(), claimScreen.getTimeline(),
                integrity, readLogs, nodeInfo.getOrganisation(), desk.user().getName(), Instant.now());
        byte[] pdf = AuditDossierPdf.write(dossier);
        String name = "audit-dossier-" + fileSafe(dossier.claimId()) + ".pdf";
        return DefaultStreamedContent.builder().name(name).contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    static String fileSafe(String claimId) {
        return Optional.ofNullable(claimId).orElse("claim").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
