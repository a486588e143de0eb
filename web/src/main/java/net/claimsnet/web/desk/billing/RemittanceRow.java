package net.claimsnet.web.desk.billing;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.Settlement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment received: a settled claim as the remittance lists and exports it (a bean with getters). */
public final class RemittanceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ledgerId;
    private final String claimId;
    private final String memberId;
    private final String patientName;
    private final LocalDate firstServiceDate;
    private final BigDecimal totalCharge;
    private final BigDecimal paidAmount;
    private final LocalDate paymentDate;
    private final String eftTraceNumber;
    private final BigDecimal patientShare;

    public RemittanceRow(String ledgerId, String claimId, String memberId, String patientName, LocalDate firstServiceDate,
                         BigDecimal totalCharge, BigDecimal paidAmount, LocalDate paymentDate, String eftTraceNumber,
                         BigDecimal patientShare) {
        this.ledgerId = ledgerId;
        this.claimId = claimId;
        this.memberId = memberId;
        this.patientName = patientName;
        this.firstServiceDate = firstServiceDate;
        this.totalCharge = totalCharge;
        this.paidAmount = paidAmount;
        this.paymentDate = paymentDate;
        this.eftTraceNumber = eftTraceNumber;
        this.patientShare = patientShare;
    }

    /** The row of a settled claim: the payment from its settlement, the patient's share from its adjudication. */
    public static RemittanceRow of(ClaimState claim) {
        ClaimDetails details = claim.getClaim();
        Settlement settlement = claim.getSettlement();
        return new RemittanceRow(ClaimDesk.idOf(claim), details.getClaimId(), details.getPatient().getMemberId(),
                ClaimRow.patientName(details.getPatient()), ClaimRow.firstServiceDate(details), details.totalCharge(),
                settlement == null ? null : settlement.getAmount(),
                settlement == null ? null : settlement.getPaymentDate(),
                settlement == null ? null : settlement.getEftTraceNumber(),
                claim.getAdjudication() == null ? null : claim.getAdjudication().totalPatientResponsibility());
    }

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

    public BigDecimal getTotalCharge() {
        return totalCharge;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public String getEftTraceNumber() {
        return eftTraceNumber;
    }

    public BigDecimal getPatientShare() {
        return patientShare;
    }
}
