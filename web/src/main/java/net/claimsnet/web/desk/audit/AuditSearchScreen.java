package net.claimsnet.web.desk.audit;

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

    private final ClaimFilters filters = new ClaimFilters();
    /** What the table searches for; changed only by the search button, so paging keeps the criteria. */
    private ClaimSearch applied = new ClaimSearch(null, null, null, null, null, null, 0, ROWS);
    private final ClaimTableModel claims = ClaimTableModel.overSearch(search -> desk.searchClaims(search), search -> desk.countClaims(search), () -> applied,
            ClaimOrder.NEWEST_SERVICE_FIRST);

    /** Applies the form's criteria; the table starts again at its first page. */
    public void search() {
        if (filters.datesReversed()) {
            desk.error("The service date range ends before it starts", "Put the earlier date in \"Served from\".");
            return;
        }
        applied = filters.search().withPage(0, ROWS);
    }

    public void clear() {
        filters.clear();
        search();
    }

    public ClaimFilters getFilters() {
        return filters;
    }

    public ClaimTableModel getClaims() {
        return claims;
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

}
