package net.claimsnet.web.desk.audit;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.flows.access.KeptFigures;
import net.claimsnet.node.desk.AuditorTearOffDesk;
import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.claims.ClaimFilters;
import net.claimsnet.web.desk.claims.ClaimTableModel;

import java.io.Serializable;
import java.util.List;

/**
 * The auditor's claim search: any claim in the node's scope by claim id, member, provider, status and
 * service-date range, paged by the desk ({@code ClaimDesk.search}); each claim shown is audited there.
 * Those are the claims an insurer's grant opened to the auditor; of the others the page lists the
 * figures the tear-offs stated ({@code AuditorTearOffDesk}), without PHI.
 */
@Named
@ViewScoped
public class AuditSearchScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page. */
    public static final int ROWS = 20;

    /** The most claims the tear-off table lists. */
    public static final int TORN_OFF_ROWS = 100;

    @Inject
    private transient DeskCalls desk;

    @Inject
    private transient Instance<AuditorTearOffDesk> tearOffDesks;

    private List<KeptFigures> tornOff;

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

    /** The claims no grant opens, each with its latest figures, read once per view. */
    public List<KeptFigures> getTornOffClaims() {
        if (tornOff == null) {
            tornOff = desk.attempt(() -> tearOffDesks.get().claims(desk.user().deskUser(), TORN_OFF_ROWS)).orElse(List.of());
        }
        return tornOff;
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

}
