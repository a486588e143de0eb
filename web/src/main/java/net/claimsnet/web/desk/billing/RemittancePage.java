package net.claimsnet.web.desk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.NodeInfo;
import net.claimsnet.web.desk.claims.ClaimFilters;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

/**
 * Payments received ({@code /billing/remittance.xhtml}): the settled claims served in a date range, their
 * totals, and the range exported whole as CSV or PDF (read again at export, so the file is current).
 */
@Named
@ViewScoped
public class RemittancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeskCalls desk;

    @Inject
    private NodeInfo node;

    private final ClaimFilters filters = new ClaimFilters();
    private Remittance remittance;

    @PostConstruct
    void init() {
        show();
    }

    /** Reads the range's payments. */
    public void show() {
        if (filters.datesReversed()) {
            desk.error("The range ends before it starts", "Set 'Served to' on or after 'Served from'.");
            return;
        }
        remittance = read();
    }

    private Remittance read() {
        return Remittance.read(search -> desk.searchClaims(search), filters.getFrom(), filters.getTo());
    }

    public StreamedContent getCsv() {
        Remittance current = read();
        byte[] csv = RemittanceCsv.bytes(current);
        return DefaultStreamedContent.builder().name(fileName(current, "csv")).contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public StreamedContent getPdf() {
        Remittance current = read();
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
