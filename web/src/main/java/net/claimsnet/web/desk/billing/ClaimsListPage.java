package net.claimsnet.web.desk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.claims.ClaimFilters;
import net.claimsnet.web.desk.claims.ClaimTableModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The clerk's claims list ({@code /billing/claims.xhtml}): filters, a lazily paged and sorted table over
 * the desk's search, and how many claims are in each status.
 */
@Named
@ViewScoped
public class ClaimsListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The table's client id on the page, to send it back to its first page when the filters change. */
    private static final String TABLE = "claims:claims-table";

    @Inject
    private transient DeskCalls desk;

    private final ClaimFilters filters = new ClaimFilters();
    /** What the table shows: the filters last applied. */
    private ClaimSearch applied = ClaimSearch.all();
    private ClaimTableModel claims;
    private List<StatusCount> counts = List.of();

    @PostConstruct
    void init() {
        claims = ClaimTableModel.overSearch(search -> desk.searchClaims(search), search -> desk.countClaims(search), () -> applied,
                ClaimOrder.NEWEST_SERVICE_FIRST);
        countByStatus();
    }

    /** Applies the filters (the table goes back to its first page). */
    public void applyFilters() {
        applied = filters.search();
        ClaimTableModel.showFirstPage(TABLE);
    }

    public void clearFilters() {
        filters.clear();
        applyFilters();
    }

    /** The claims in each status that has any, counted through the vault's status index: no claim is read for it. */
    public void countByStatus() {
        Map<ClaimStatus, Long> byStatus = desk.countClaimsByStatus();
        List<StatusCount> found = new ArrayList<>();
        for (ClaimStatus each : ClaimStatus.values()) {
            long total = byStatus.getOrDefault(each, 0L);
            if (total > 0) {
                found.add(new StatusCount(each.name(), total));
            }
        }
        counts = found;
    }

    /** Shows only the claims in a status (a click on its count). */
    public void showStatus(String name) {
        filters.setStatus(ClaimStatus.valueOf(name));
        applyFilters();
    }

    public ClaimFilters getFilters() {
        return filters;
    }

    public ClaimTableModel getClaims() {
        return claims;
    }

    public List<StatusCount> getCounts() {
        return counts;
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

}
