package net.claimsnet.web.desk.adjuster;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The adjuster's work queue: one queue per status that waits for the insurer, with its count, the
 * claims waiting longest first, filtered by pend reason, provider and total charge.
 */
@Named
@ViewScoped
public class QueueScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The queues, in the order the tabs show them. */
    static final List<ClaimStatus> QUEUES = List.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED,
            ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED, ClaimStatus.INFO_REQUESTED);

    @Inject
    private transient DeskCalls desk;

    /** The queue shown, from the page's {@code status} parameter (as text, so a wrong one gets a message). */
    private String statusParam;
    private ClaimStatus status;
    private final ClaimFilters filters = new ClaimFilters();
    private final Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    private final ClaimTableModel claims = ClaimTableModel.overSearch(search -> desk.searchClaims(search), search -> desk.countClaims(search), this::criteria,
            ClaimOrder.OLDEST_SERVICE_FIRST);

    /** On opening: counts every queue and shows the one asked for, else the first with claims waiting. */
    public void open() {
        countQueues();
        status = parse(statusParam);
        if (status == null) {
            status = QUEUES.stream().filter(s -> counts.getOrDefault(s, 0L) > 0).findFirst().orElse(ClaimStatus.SUBMITTED);
        }
    }

    private ClaimStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            ClaimStatus asked = ClaimStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
            if (QUEUES.contains(asked)) {
                return asked;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        desk.error("There is no work queue " + text, "Choose one of " + QUEUES.stream().map(Enum::name)
                .collect(Collectors.joining(", ")) + ".");
        return null;
    }

    /** Shows the queue with the filters as typed, after checking them. */
    public void apply() {
        String problem = filters.chargeProblem();
        if (problem != null) {
            desk.error(problem, null);
        }
        countQueues();
        backToFirstPage();
    }

    public void clearFilters() {
        filters.clear();
        countQueues();
        backToFirstPage();
    }

    /** Another queue or other filters start at their first page, not at the page the last one was on. */
    private void backToFirstPage() {
        ClaimTableModel.showFirstPage(":queue-form:queue-table");
    }

    /** Each queue's size, counted through the vault's status index: no claim is read for it. */
    private void countQueues() {
        Map<ClaimStatus, Long> byStatus = desk.countClaimsByStatus();
        for (ClaimStatus queue : QUEUES) {
            counts.put(queue, byStatus.getOrDefault(queue, 0L));
        }
    }

    /** The shown queue with the filters, or nothing while the filters are wrong. */
    private ClaimSearch criteria() {
        return status == null || filters.chargeProblem() != null ? null : filters.search().withStatus(status);
    }

    public List<ClaimStatus> getQueues() {
        return QUEUES;
    }

    public long count(ClaimStatus queue) {
        return counts.getOrDefault(queue, 0L);
    }

    public String getStatusParam() {
        return statusParam;
    }

    public void setStatusParam(String statusParam) {
        this.statusParam = statusParam;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    /** The queue's name in words, for the heading. */
    public String label(ClaimStatus queue) {
        return QueueLabels.of(queue);
    }

    public ClaimFilters getFilters() {
        return filters;
    }

    public ClaimTableModel getClaims() {
        return claims;
    }
}
