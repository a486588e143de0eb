package net.claimsnet.web.desk.claims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.ClaimTransaction;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.DeskCalls;

import java.io.Serializable;
import java.util.List;

/**
 * The claim page every claim reader shares (billing staff, adjusters, auditors, each within their
 * node's scope): the claim, each line with its decision, the payment, requests and appeal, and the
 * timeline of every ledger transaction. The actions of each role are fragments on the same page,
 * which call {@link #reload()} after they change the claim. Both reads are audited by the desk.
 */
@Named
@ViewScoped
public class ClaimScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeskCalls desk;

    /** The claim's ledger id, from the page's {@code id} parameter. */
    private String id;
    private transient ClaimState claim;
    private transient List<ClaimTransaction> timeline = List.of();
    private transient List<ClaimLineRow> lines = List.of();

    /** Loads the claim named by the page's parameter; an unknown id (or one out of scope) shows "not found". */
    public void load() {
        if (id == null || id.isBlank()) {
            desk.error("No claim was named", "Open a claim from a list or a search.");
            return;
        }
        reload();
    }

    /** Reads the claim and its history again, after an action changed it. */
    public void reload() {
        ClaimDesk claims = desk.claims();
        claim = desk.attempt(() -> claims.claim(desk.user().deskUser(), id)).orElse(null);
        timeline = claim == null ? List.of()
                : desk.attempt(() -> claims.history(desk.user().deskUser(), id)).orElse(List.of());
        lines = claim == null ? List.of() : ClaimLineRow.of(claim);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ClaimState getClaim() {
        return claim;
    }

    public boolean isFound() {
        return claim != null;
    }

    public List<ClaimLineRow> getLines() {
        return lines;
    }

    public List<ClaimTransaction> getTimeline() {
        return timeline;
    }

    public ClaimStatus getStatus() {
        return claim == null ? null : claim.getStatus();
    }

    public String getPatientName() {
        if (claim == null) {
            return "";
        }
        String first = claim.getClaim().getPatient().getFirstName();
        String last = claim.getClaim().getPatient().getLastName();
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }

    public String getDiagnoses() {
        return claim == null ? "" : String.join(", ", claim.getClaim().getDiagnosisCodes());
    }

    public java.math.BigDecimal getTotalCharge() {
        return claim == null ? null : claim.getClaim().totalCharge();
    }
}
