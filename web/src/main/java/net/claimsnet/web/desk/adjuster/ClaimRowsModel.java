package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimOrder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lazy claim table: each page is read from the desk when shown, sorted by the column the user
 * chose (else the table's default order). Rows are known by their ledger id, for row selection.
 */
final class ClaimRowsModel extends LazyDataModel<ClaimRow> {

    private static final long serialVersionUID = 1L;

    private final ClaimRowSource source;
    private final ClaimOrder defaultOrder;
    private final Map<String, ClaimRow> shown = new LinkedHashMap<>();

    ClaimRowsModel(ClaimRowSource source, ClaimOrder defaultOrder) {
        this.source = source;
        this.defaultOrder = defaultOrder;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // The table asks for the count before the page; the page's search counts too and corrects it.
        return (int) Math.min(Integer.MAX_VALUE, source.rows(defaultOrder, 0, 1).total());
    }

    @Override
    public List<ClaimRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, pageSize);
        ClaimRows page = source.rows(orderOf(sortBy), first / size, size);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        shown.clear();
        page.rows().forEach(r -> shown.put(r.getLedgerId(), r));
        return page.rows();
    }

    private ClaimOrder orderOf(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return defaultOrder;
        }
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != null && s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .map(s -> TableSorts.orderFor(s.getField(), s.getOrder() == SortOrder.DESCENDING, defaultOrder))
                .orElse(defaultOrder);
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
