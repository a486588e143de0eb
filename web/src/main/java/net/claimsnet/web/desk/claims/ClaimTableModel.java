package net.claimsnet.web.desk.claims;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimSearch;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lazy claim table over the desk's search: each page is read when the table shows it, with the page's
 * criteria (its own filters, not the table's column filters) in the order of the column the user sorted
 * (else the table's default). Rows are known by their ledger id, for links and row selection.
 */
public class ClaimTableModel extends LazyDataModel<ClaimRow> {

    private static final long serialVersionUID = 1L;

    /** What the table shows now, as a desk search (its order and page are the table's); null shows nothing. */
    @FunctionalInterface
    public interface Criteria extends Serializable {
        ClaimSearch current();
    }

    /** Reads one page of rows for a search whose order and page are set. */
    @FunctionalInterface
    public interface RowPages extends Serializable {
        ClaimRows rows(ClaimSearch search);
    }

    /** Counts what a search matches without reading a page (nothing sorted, nothing audited). */
    @FunctionalInterface
    public interface RowCount extends Serializable {
        long count(ClaimSearch search);
    }

    private final RowPages pages;
    private final RowCount counts;
    private final Criteria criteria;
    private final ClaimOrder defaultOrder;
    private final Map<String, ClaimRow> shown = new LinkedHashMap<>();
    /** The total the last page read reported, and for which criteria: paging on needs no second search to count. */
    private Long knownTotal;
    private ClaimSearch knownFor;

    public ClaimTableModel(RowPages pages, RowCount counts, Criteria criteria, ClaimOrder defaultOrder) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.counts = Objects.requireNonNull(counts, "counts");
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.defaultOrder = Objects.requireNonNull(defaultOrder, "defaultOrder");
    }

    /** A table over the desk's search, its rows' ages counted to the day each page is read. */
    public static ClaimTableModel overSearch(ClaimSearches desk, RowCount counts, Criteria criteria, ClaimOrder defaultOrder) {
        Objects.requireNonNull(desk, "desk");
        return new ClaimTableModel(search -> ClaimRows.of(desk.search(search), LocalDate.now()), counts, criteria, defaultOrder);
    }

    /**
     * PrimeFaces counts before it loads; the count of the same criteria's last page serves (the load that
     * follows sets the fresh total), so only new criteria cost a count, which reads no page.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        ClaimSearch now = criteria.current();
        if (now == null) {
            return 0;
        }
        if (knownTotal != null && now.equals(knownFor)) {
            return clamp(knownTotal);
        }
        return clamp(counts.count(now));
    }

    @Override
    public List<ClaimRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        shown.clear();
        ClaimSearch now = criteria.current();
        if (now == null) {
            setRowCount(0);
            return List.of();
        }
        int size = Math.max(1, Math.min(pageSize, ClaimSearch.MAX_SIZE));
        ClaimOrder order = ClaimSorts.orderOf(sortBy, defaultOrder);
        ClaimRows page = pages.rows(now.withOrder(order).withPage(first / size, size));
        knownTotal = page.total();
        knownFor = now;
        setRowCount(clamp(page.total()));
        page.rows().forEach(r -> shown.put(r.getLedgerId(), r));
        return page.rows();
    }

    /** Sends the table with this client id back to its first page (new criteria start there, not where the last ones were). */
    public static void showFirstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable) {
            ((DataTable) table).setFirst(0);
        }
    }

    private static int clamp(long total) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public String getRowKey(ClaimRow row) {
        return row.getLedgerId();
    }

    @Override
    public ClaimRow getRowData(String rowKey) {
        return shown.get(rowKey);
    }
}
