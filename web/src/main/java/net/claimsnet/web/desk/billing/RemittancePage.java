package net.claimsnet.web.desk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.states.ClaimState;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.NodeInfo;
import net.claimsnet.web.desk.claims.ClaimFilters;
import net.claimsnet.web.x12.Remittance835Resource;
import net.claimsnet.web.x12.envelope.ControlNumbers;
import net.claimsnet.web.x12.remittance.Remittance835Files;
import net.claimsnet.web.x12.remittance.SettledClaimReader;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Payments received ({@code /billing/remittance.xhtml}): the settled claims served in a date range (the
 * last {@value #DEFAULT_DAYS} days when the page opens, not the node's whole history), their totals, and
 * the range exported whole as CSV or PDF (read again at export, so the file is current).
 */
@Named
@ViewScoped
public class RemittancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeskCalls desk;

    @Inject
    private NodeInfo node;

    @Inject
    private transient ControlNumbers numbers;

    private final ClaimFilters filters = new ClaimFilters();
    private Remittance remittance;

    static final int DEFAULT_DAYS = 90;

    @PostConstruct
    void init() {
        filters.setFrom(LocalDate.now().minusDays(DEFAULT_DAYS));
        show();
    }

    /** Reads the range's payments. */
    public void show() {
        read().ifPresent(read -> remittance = read);
    }

    /** The range's payments; none (said on the page) while the range ends before it starts. */
    private Optional<Remittance> read() {
        if (filters.datesReversed()) {
            desk.error("The range ends before it starts", "Set 'Served to' on or after 'Served from'.");
            return Optional.empty();
        }
        return Optional.of(Remittance.read(search -> desk.searchClaims(search), filters.getFrom(), filters.getTo()));
    }

    /** The range as CSV; nothing is downloaded while the range is wrong (the page says why). */
    public StreamedContent getCsv() {
        return read().map(this::csv).orElse(null);
    }

    private StreamedContent csv(Remittance current) {
        byte[] csv = RemittanceCsv.bytes(current);
        return DefaultStreamedContent.builder().name(fileName(current, "csv")).contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /**
     * The range's payments as an X12 835 (005010X221A1): the same claims as the table (served in the
     * range), one transaction set per payment; nothing while the range is wrong or holds no payment.
     */
    public StreamedContent getX12() {
        if (filters.datesReversed()) {
            desk.error("The range ends before it starts", "Set 'Served to' on or after 'Served from'.");
            return null;
        }
        List<ClaimState> settled = new SettledClaimReader(search -> desk.searchClaims(search))
                .servedBetween(filters.getFrom(), filters.getTo());
        Optional<byte[]> edi = Remittance835Files.of(settled, numbers);
        if (edi.isEmpty()) {
            desk.error("No payment to put in an 835", "No claim served in this range has been paid.");
            return null;
        }
        byte[] bytes = edi.get();
        return DefaultStreamedContent.builder().name(fileName(new Remittance(filters.getFrom(), filters.getTo(), List.of()), "835"))
                .contentType(Remittance835Resource.EDI_X12).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getPdf() {
        return read().map(this::pdf).orElse(null);
    }

    private StreamedContent pdf(Remittance current) {
        byte[] pdf = RemittancePdf.bytes(current, node.getOrganisation());
        return DefaultStreamedContent.builder().name(fileName(current, "pdf")).contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    static String fileName(Remittance remittance, String extension) {
        return "remittance-" + (remittance.getFrom() == null ? "start" : remittance.getFrom().toString()) + "-to-"
                + (remittance.getTo() == null ? "today" : remittance.getTo().toString()) + "." + extension;
    }

    public Remittance getRemittance() {
        return remittance;
    }

    /** The service-date range (only its dates are used). */
    public ClaimFilters getFilters() {
        return filters;
    }
}
