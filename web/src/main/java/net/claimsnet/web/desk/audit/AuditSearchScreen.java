package net.claimsnet.web.desk.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.DeskCalls;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The auditor's claim search: any claim in the node's scope by claim id, member, provider, status and
 * service-date range, paged by the desk ({@code ClaimDesk.search}); each claim shown is audited there.
 */
@Named
@ViewScoped
public class AuditSearchScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page, also the size of the first page fetched with the count. */
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
    private Criteria applied = new Criteria(null, null, null, null, null, null);
    private final Claims claims = new Claims();

    /** Applies the form's criteria; the table starts again at its first page. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            desk.error("The service date range ends before it starts", "Put the earlier date in \"Served from\".");
            return;
        }
        applied = new Criteria(status, trimmed(memberId), trimmed(provider), from, to, trimmed(claimId));
        claims.forget();
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

    /**
     * The table's data. PrimeFaces asks for the count before each page; the desk answers both in one
     * search, so a new search's first page is fetched with its count and paging reuses the known total.
     */
    public final class Claims extends LazyDataModel<ClaimRow> {

        private static final long serialVersionUID = 1L;

        private transient ClaimPage fetched;
        private Integer total;

        void forget() {
            fetched = null;
            total = null;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                fetched = fetch(0, ROWS);
                total = fetched == null ? 0 : (int) Math.min(Integer.MAX_VALUE, fetched.total());
            }
            return total;
        }

        @Override
        public List<ClaimRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, ClaimSearch.MAX_SIZE));
            int page = first / size;
            ClaimPage result = fetched != null && fetched.page() == page && fetched.size() == size ? fetched : fetch(page, size);
            fetched = null;
            if (result == null) {
                return List.of();
            }
            total = (int) Math.min(Integer.MAX_VALUE, result.total());
            setRowCount(total);
            return result.claims().stream().map(ClaimRow::new).collect(Collectors.toList());
        }

        private ClaimPage fetch(int page, int size) {
            ClaimSearch wanted = applied.toSearch(page, size);
            return desk.attempt(() -> desk.claims().search(desk.user().deskUser(), wanted)).orElse(null);
        }

        @Override
        public String getRowKey(ClaimRow row) {
            return row.getLedgerId();
        }

        @Override
        public ClaimRow getRowData(String rowKey) {
            return null;
        }
    }

    /** The applied criteria, kept with the view (a ClaimSearch is not serializable). */
    private static final class Criteria implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ClaimStatus status;
        private final String memberId;
        private final String provider;
        private final LocalDate from;
        private final LocalDate to;
        private final String claimId;

        Criteria(ClaimStatus status, String memberId, String provider, LocalDate from, LocalDate to, String claimId) {
            this.status = status;
            this.memberId = memberId;
            this.provider = provider;
            this.from = from;
            this.to = to;
            this.claimId = claimId;
        }

        ClaimSearch toSearch(int page, int size) {
            return new ClaimSearch(status, memberId, provider, from, to, claimId, page, size);
        }
    }

    public Claims getClaims() {
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
