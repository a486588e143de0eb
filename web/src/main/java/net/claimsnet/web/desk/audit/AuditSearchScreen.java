package net.claimsnet.web.desk.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.claims.ClaimTableModel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The auditor's claim search: any claim in the node's scope by claim id, member, provider, status and
 * service-date range, paged by the desk ({@code ClaimDesk.search}); each claim shown is audited there.
 */
@Named
@ViewScoped
public class AuditSearchScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page. */
    public static final int ROWS = 20;

    @Inject
    private transient DeskCalls desk;

    private String claimId;
    private String memberId;
    private String provider;
    private ClaimStatus status;
    private LocalDate from;
    private LocalDate to;
    /** What the table searches for; changed only by the search button, so paging keeps the criteria. */
    private ClaimSearch applied = new ClaimSearch(null, null, null, null, null, null, 0, ROWS);
    private final ClaimTableModel claims = ClaimTableModel.overSearch(search -> desk.searchClaims(search), () -> applied,
            ClaimOrder.NEWEST_SERVICE_FIRST);

    /** Applies the form's criteria; the table starts again at its first page. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            desk.error("The service date range ends before it starts", "Put the earlier date in \"Served from\".");
            return;
        }
        applied = new ClaimSearch(status, trimmed(memberId), trimmed(provider), from, to, trimmed(claimId), 0, ROWS);
    }

    public void clear() {
        claimId = null;
        memberId = null;
        provider = null;
        status = null;
        from = null;
        to = null;
        search();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public ClaimTableModel getClaims() {
        return claims;
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    public String getClaimId() {
        return claimId;
    }

    public void setClaimId(String claimId) {
        this.claimId = claimId;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
