package net.claimsnet.web.desk.audit;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.ClaimStatistics;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.DeskCalls;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard every claim reader's home shows ({@code /WEB-INF/desk/dashboard.xhtml}): counts and
 * charts from {@code ClaimDesk.statistics}, each chart with the same figures as a table. The desk reads
 * every current claim for it, so the figures are kept for {@link #FRESH_FOR} per session.
 */
@Named
@SessionScoped
public class DeskDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    @Inject
    private DeskCalls desk;

    private transient Clock clock = Clock.systemUTC();
    private ClaimStatistics statistics;
    private Instant fetchedAt;

    /**
     * The figures, read again when older than {@link #FRESH_FOR}; null when the desk refused, which is
     * kept as long (the page evaluates this many times per render: one refusal, one message).
     */
    public ClaimStatistics getStatistics() {
        Instant now = clock().instant();
        if (fetchedAt == null || fetchedAt.plus(FRESH_FOR).isBefore(now)) {
            statistics = desk.attempt(() -> desk.claims().statistics(desk.user().deskUser())).orElse(null);
            fetchedAt = now;
        }
        return statistics;
    }

    /** Reads the figures now, whatever their age. */
    public void refresh() {
        fetchedAt = null;
        getStatistics();
    }

    private Clock clock() {
        if (clock == null) {
            clock = Clock.systemUTC();
        }
        return clock;
    }

    public boolean isAvailable() {
        return getStatistics() != null;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    // ---- text alternatives (tables) and charts --------------------------------------------------

    /** Statuses that hold at least one claim, in lifecycle order. */
    public List<Figure> getByStatus() {
        return statusFigures(getStatistics());
    }

    public List<Figure> getByServiceDay() {
        return dayFigures(getStatistics());
    }

    public List<Figure> getPaidByDay() {
        return paidFigures(getStatistics());
    }

    public List<Figure> getTopReasons() {
        ClaimStatistics s = getStatistics();
        return s == null ? List.of() : s.topReasons().stream().map(r -> new Figure(r.reason(), r.lines()))
                .collect(Collectors.toList());
    }

    public String getStatusChart() {
        List<Figure> figures = getByStatus();
        return ChartJson.doughnut("Claims", labels(figures), values(figures));
    }

    public String getServiceDayChart() {
        List<Figure> figures = getByServiceDay();
        return ChartJson.bar("Claims by first date of service", labels(figures), values(figures));
    }

    public String getPaidChart() {
        List<Figure> figures = getPaidByDay();
        return ChartJson.bar("Paid (USD) by payment date", labels(figures), values(figures));
    }

    public String getReasonChart() {
        List<Figure> figures = getTopReasons();
        return ChartJson.bar("Lines denied or reduced", labels(figures), values(figures));
    }

    /** The average days from filing to payment in words ("12.5 days over 40 payments"), or a dash. */
    public String getAverageDaysToPayment() {
        ClaimStatistics s = getStatistics();
        if (s == null || s.averageDaysToPayment() == null) {
            return "—";
        }
        return String.format(Locale.ENGLISH, "%.1f", s.averageDaysToPayment());
    }

    /** The CARC of a reason such as "CO-50", for its words. */
    public String carcOf(String reason) {
        int dash = reason == null ? -1 : reason.indexOf('-');
        return dash < 0 ? reason : reason.substring(dash + 1);
    }

    static List<Figure> statusFigures(ClaimStatistics s) {
        if (s == null) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<ClaimStatus, Long> e : s.byStatus().entrySet()) {
            if (e.getValue() > 0) {
                figures.add(new Figure(e.getKey().name(), e.getValue()));
            }
        }
        return figures;
    }

    static List<Figure> dayFigures(ClaimStatistics s) {
        if (s == null) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> e : s.byServiceDay().entrySet()) {
            figures.add(new Figure(DAY.format(e.getKey()), e.getValue()));
        }
        return figures;
    }

    static List<Figure> paidFigures(ClaimStatistics s) {
        if (s == null) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<LocalDate, BigDecimal> e : s.paidByDay().entrySet()) {
            figures.add(new Figure(DAY.format(e.getKey()), e.getValue()));
        }
        return figures;
    }

    private static List<String> labels(List<Figure> figures) {
        return figures.stream().map(Figure::getLabel).collect(Collectors.toList());
    }

    private static List<Number> values(List<Figure> figures) {
        return figures.stream().map(Figure::getValue).collect(Collectors.toList());
    }

    /** One labelled number of a chart, for its table. */
    public static final class Figure implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String label;
        private final Number value;

        public Figure(String label, Number value) {
            this.label = label;
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public Number getValue() {
            return value;
        }
    }
}
