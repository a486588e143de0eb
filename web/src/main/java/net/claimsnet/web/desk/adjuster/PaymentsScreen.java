package net.claimsnet.web.desk.adjuster;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.claims.ClaimRow;
import net.claimsnet.web.desk.claims.ClaimTableModel;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.desk.jobs.BatchJobs;
import net.claimsnet.web.x12.Remittance835Resource;
import net.claimsnet.web.x12.envelope.ControlNumbers;
import net.claimsnet.web.x12.remittance.Remittance835Files;
import net.claimsnet.web.x12.remittance.SettledClaimReader;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Claims approved (fully or partly) and waiting for payment, and the batch payment of those selected:
 * it runs in the background; the page follows its progress and keeps its result ({@code ?job=<id>}).
 */
@Named
@ViewScoped
public class PaymentsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Set<ClaimStatus> AWAITING_PAYMENT = EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED);

    @Inject
    private transient DeskCalls desk;

    @Inject
    private transient PaymentBatches batches;

    @Inject
    private transient BatchJobs jobs;

    private String jobId;
    private List<ClaimRow> selected = new ArrayList<>();
    private LocalDate paymentDate = LocalDate.now();
    private LocalDate paidFrom = LocalDate.now().minusDays(REMITTANCE_DAYS);
    private LocalDate paidTo = LocalDate.now();

    @Inject
    private transient ControlNumbers numbers;

    /** The 835 download covers the payments of the last month unless the adjuster sets other dates. */
    static final int REMITTANCE_DAYS = 30;
    private final ClaimTableModel claims = ClaimTableModel.overSearch(search -> desk.searchClaims(search), search -> desk.countClaims(search),
            () -> ClaimSearch.all().withStatuses(AWAITING_PAYMENT), ClaimOrder.OLDEST_SERVICE_FIRST);

    /** On opening with {@code ?job=}: a batch that is not (or no longer) known, or another user's, is said so. */
    public void open() {
        if (jobId != null && !jobId.isBlank() && getJob() == null) {
            desk.error("No payment batch " + jobId + " of yours is known",
                    "Batches are kept until the node restarts; the claims show whether they were paid.");
        }
    }

    /** Starts paying the selected claims in the background and opens the batch's page. */
    public String paySelected() {
        if (selected == null || selected.isEmpty()) {
            desk.error("No claim is selected", "Tick the claims to pay, then choose \"Pay selected\".");
            return null;
        }
        if (paymentDate == null) {
            desk.error("The payment date is required", "Enter the date the payments are made.");
            return null;
        }
        List<PaymentItem> items = selected.stream()
                .map(r -> new PaymentItem(r.getLedgerId(), r.getClaimId(), EftTraceNumbers.next(paymentDate)))
                .collect(Collectors.toList());
        BatchJob<PaymentItem> job = batches.start(desk.user().deskUser(), desk.claims(), items, paymentDate);
        selected = new ArrayList<>();
        return "/adjuster/payments.xhtml?faces-redirect=true&job=" + job.getId();
    }

    /**
     * The payments made between the two dates as an X12 835 (005010X221A1), one interchange per provider,
     * one transaction set per payment; nothing while the dates are missing, reversed or hold no payment.
     */
    public StreamedContent getX12() {
        if (paidFrom == null || paidTo == null) {
            desk.error("Both payment dates are required", "Enter the first and the last payment date of the 835.");
            return null;
        }
        if (paidTo.isBefore(paidFrom)) {
            desk.error("The range ends before it starts", "Set 'Paid to' on or after 'Paid from'.");
            return null;
        }
        List<ClaimState> settled = new SettledClaimReader(search -> desk.searchClaims(search)).paidBetween(paidFrom, paidTo);
        Optional<byte[]> edi = Remittance835Files.of(settled, numbers);
        if (edi.isEmpty()) {
            desk.error("No payment to put in an 835", "No claim was paid between these dates.");
            return null;
        }
        byte[] bytes = edi.get();
        return DefaultStreamedContent.builder().name("835-" + paidFrom + "-to-" + paidTo + ".835")
                .contentType(Remittance835Resource.EDI_X12).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public LocalDate getPaidFrom() {
        return paidFrom;
    }

    public void setPaidFrom(LocalDate paidFrom) {
        this.paidFrom = paidFrom;
    }

    public LocalDate getPaidTo() {
        return paidTo;
    }

    public void setPaidTo(LocalDate paidTo) {
        this.paidTo = paidTo;
    }

    /** The batch this page follows, if it is the user's. */
    public BatchJob<?> getJob() {
        return jobs.find(jobId, desk.user().getName()).orElse(null);
    }

    public boolean isJobRunning() {
        BatchJob<?> job = getJob();
        return job != null && !job.isFinished();
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public List<ClaimRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ClaimRow> selected) {
        this.selected = selected;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public ClaimTableModel getClaims() {
        return claims;
    }
}
