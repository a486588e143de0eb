package net.claimsnet.web.desk.billing;

import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The claims table's pages, each read from the desk as the table asks for it: the filters are the
 * page's (not the table's column filters), the sort is the table's, mapped to the desk's order.
 */
public class ClaimListModel extends LazyDataModel<ClaimRow> {

    private static final long serialVersionUID = 1L;

    private final ClaimSource source;
    private ClaimSearch criteria = ClaimSearch.all();
    private List<ClaimRow> shown = List.of();
    /** The total the last page read reported, and for which criteria: paging on needs no second search to count. */
    private Long knownTotal;
    private ClaimSearch knownFor;

    public ClaimListModel(ClaimSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** What the list shows from now on (its page and order are the table's). */
    public void filter(ClaimSearch criteria) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        knownTotal = null;
    }

    public ClaimSearch criteria() {
        return criteria;
    }

    /**
     * PrimeFaces counts before it loads; the count of the criteria's last page serves (the load that follows
     * sets the fresh total), so only a new filter costs a counting search.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (knownTotal != null && criteria.equals(knownFor)) {
            return knownTotal.intValue();
        }
        return (int) source.search(criteria.withPage(0, 1)).total();
    }

    @Override
    public List<ClaimRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, ClaimSearch.MAX_SIZE));
        ClaimOrder order = ClaimSorts.orderOf(sortBy, ClaimOrder.NEWEST_SERVICE_FIRST);
        ClaimPage page = source.search(criteria.withOrder(order).withPage(first / size, size));
        setRowCount((int) page.total());
        knownTotal = page.total();
        knownFor = criteria;
        shown = page.claims().stream().map(ClaimRow::of).collect(Collectors.toList());
        return shown;
    }

    @Override
    public String getRowKey(ClaimRow row) {
        return row.getLedgerId();
    }

    @Override
    public ClaimRow getRowData(String rowKey) {
        return shown.stream().filter(r -> r.getLedgerId().equals(rowKey)).findFirst().orElse(null);
    }
}
