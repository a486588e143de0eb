package net.claimsnet.web.desk.billing;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One claim in the clerk's list (a bean with getters, for EL). */
public final class ClaimRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ledgerId;
    private final String claimId;
    private final String memberId;
    private final String patientName;
    private final LocalDate firstServiceDate;
    private final String status;
    private final BigDecimal totalCharge;
    private final BigDecimal paid;

    public ClaimRow(String ledgerId, String claimId, String memberId, String patientName, LocalDate firstServiceDate,
                    String status, BigDecimal totalCharge, BigDecimal paid) {
        this.ledgerId = ledgerId;
        this.claimId = claimId;
        this.memberId = memberId;
        this.patientName = patientName;
        this.firstServiceDate = firstServiceDate;
        this.status = status;
        this.totalCharge = totalCharge;
        this.paid = paid;
    }

    public static ClaimRow of(ClaimState claim) {
        ClaimDetails details = claim.getClaim();
        return new ClaimRow(ClaimDesk.idOf(claim), details.getClaimId(), details.getPatient().getMemberId(),
                patientName(details.getPatient()), firstServiceDate(details), claim.getStatus().name(),
                details.totalCharge(), claim.getAdjudication() == null ? null : claim.getAdjudication().totalPaid());
    }

    static String patientName(Patient patient) {
        return (Objects.toString(patient.getFirstName(), "") + " " + Objects.toString(patient.getLastName(), "")).trim();
    }

    static LocalDate firstServiceDate(ClaimDetails details) {
        return details.getServiceLines().stream().map(ServiceLine::getDateOfService).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }

    /** The claim's ledger id: what its page is opened by. */
    public String getLedgerId() {
        return ledgerId;
    }

    public String getClaimId() {
        return claimId;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getPatientName() {
        return patientName;
    }

    public LocalDate getFirstServiceDate() {
        return firstServiceDate;
    }

    public String getStatus() {
        return status;
    }

    public BigDecimal getTotalCharge() {
        return totalCharge;
    }

    /** What the adjudication pays; null before it is adjudicated. */
    public BigDecimal getPaid() {
        return paid;
    }
}
