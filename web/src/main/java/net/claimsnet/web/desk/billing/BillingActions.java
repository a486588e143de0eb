package net.claimsnet.web.desk.billing;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.claims.ClaimScreen;
import net.corda.core.crypto.SecureHash;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The clerk's actions on the claim page ({@code /WEB-INF/claims/billing-actions.xhtml}): answer a request
 * for information (text and documents), appeal, void. Each goes to the desk, then the page reads the
 * claim again.
 */
@Named
@ViewScoped
public class BillingActions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BillingActions.class.getName());

    @Inject
    private transient DeskCalls desk;

    @Inject
    private ClaimScreen screen;

    @Inject
    private ClaimDocuments store;

    private String answer;
    private final List<UploadedDocument> documents = new ArrayList<>();
    private String appealReason;

    public boolean isCanAnswer() {
        return ClaimLifecycle.PROVIDE_INFORMATION.allowedOn(screen.getClaim());
    }

    public boolean isCanAppeal() {
        return ClaimLifecycle.APPEAL.allowedOn(screen.getClaim());
    }

    public boolean isCanVoid() {
        return ClaimLifecycle.VOID.allowedOn(screen.getClaim());
    }

    public boolean isCanReplace() {
        return ClaimLifecycle.REPLACE.allowedOn(screen.getClaim());
    }

    /** Keeps an uploaded document in the node's attachment store and lists it for the answer. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        byte[] content = file.getContent();
        if (content == null || content.length == 0) {
            desk.error("The file " + file.getFileName() + " is empty", "Choose the document again.");
            return;
        }
        try {
            SecureHash hash = store.keep(content);
            documents.add(new UploadedDocument(file.getFileName(), content.length, hash.toString()));
        } catch (IllegalStateException | EJBException e) {
            // The file name may name the patient: not logged.
            LOG.log(Level.WARNING, "A document could not be stored: " + e.getClass().getSimpleName());
            desk.error("The document could not be stored", "The node cannot store files now; try again in a moment.");
        }
    }

    public void removeDocument(int index) {
        if (index >= 0 && index < documents.size()) {
            documents.remove(index);
        }
    }

    public void provideInformation() {
        List<SecureHash> hashes = documents.stream().map(d -> SecureHash.create(d.getHash())).collect(Collectors.toList());
        if (desk.attemptRun(() -> desk.claims().provideInformation(desk.user().deskUser(), screen.getId(), answer, hashes))) {
            answer = null;
            documents.clear();
            desk.info("Answer sent", "The insurer has the answer" + (hashes.isEmpty() ? "." : " and " + hashes.size() + " document(s)."));
            screen.reload();
        }
    }

    public void appeal() {
        if (desk.attemptRun(() -> desk.claims().appeal(desk.user().deskUser(), screen.getId(), appealReason, List.of()))) {
            appealReason = null;
            desk.info("Appeal filed", "The insurer will adjudicate the claim again.");
            screen.reload();
        }
    }

    public void voidClaim() {
        if (desk.attemptRun(() -> desk.claims().voidClaim(desk.user().deskUser(), screen.getId()))) {
            desk.info("Claim voided", "The insurer has the void (frequency 8); the claim will not be paid.");
            screen.reload();
        }
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public List<UploadedDocument> getDocuments() {
        return documents;
    }

    public String getAppealReason() {
        return appealReason;
    }

    public void setAppealReason(String appealReason) {
        this.appealReason = appealReason;
    }
}
