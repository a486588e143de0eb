package net.claimsnet.web.desk.claims;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.Patient;
import net.claimsnet.states.Settlement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One claim as every desk table shows it (the clerk's list and remittance, the adjuster's queue, payments
 * and member view, the auditor's search): plain values with getters, so EL reads them and views keep them.
 * Each table shows the columns it needs; what a claim does not have yet (a decision, a payment) is null.
 */
public final class ClaimRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ledgerId;
    private final String claimId;
    private final ClaimStatus status;
    private final String provider;
    private final String memberId;
    private final String patientName;
    private final LocalDate firstDateOfService;
    private final Long ageDays;
    private final BigDecimal totalCharge;
    private final BigDecimal insurerPays;
    private final BigDecimal patientPays;
    private final List<String> pendCodes;
    private final String pendNote;
    private final BigDecimal paidAmount;
    private final LocalDate paymentDate;
    private final String eftTraceNumber;

    private ClaimRow(Builder b) {
        this.ledgerId = b.ledgerId;
        this.claimId = b.claimId;
        this.status = b.status;
        this.provider = b.provider;
        this.memberId = b.memberId;
        this.patientName = b.patientName;
        this.firstDateOfService = b.firstDateOfService;
        this.ageDays = b.ageDays;
        this.totalCharge = b.totalCharge;
        this.insurerPays = b.insurerPays;
        this.patientPays = b.patientPays;
        this.pendCodes = b.pendCodes == null ? List.of() : List.copyOf(b.pendCodes);
        this.pendNote = b.pendNote;
        this.paidAmount = b.paidAmount;
        this.paymentDate = b.paymentDate;
        this.eftTraceNumber = b.eftTraceNumber;
    }

    /** The claim's row as of {@code today} (its age counts the days since its first date of service). */
    public static ClaimRow of(ClaimState claim, LocalDate today) {
        ClaimDetails details = claim.getClaim();
        LocalDate first = ClaimDesk.firstDateOfService(claim);
        Adjudication decision = claim.getAdjudication();
        Settlement settlement = claim.getSettlement();
        return builder(ClaimDesk.idOf(claim), details.getClaimId())
                .status(claim.getStatus())
                .provider(claim.getProvider().getName().getOrganisation())
                .memberId(details.getPatient().getMemberId())
                .patientName(patientName(details.getPatient()))
                .firstDateOfService(first)
                .ageDays(first == null ? null : ChronoUnit.DAYS.between(first, today))
                .totalCharge(details.totalCharge())
                .insurerPays(decision == null ? null : decision.totalPaid())
                .patientPays(decision == null ? null : decision.totalPatientResponsibility())
                .pend(claim.getPendReason() == null ? List.of() : claim.getPendReason().getCodes(),
                        claim.getPendReason() == null ? null : claim.getPendReason().getNote())
                .payment(settlement == null ? null : settlement.getAmount(),
                        settlement == null ? null : settlement.getPaymentDate(),
                        settlement == null ? null : settlement.getEftTraceNumber())
                .build();
    }

    private static String patientName(Patient patient) {
        return (Objects.toString(patient.getFirstName(), "") + " " + Objects.toString(patient.getLastName(), "")).trim();
    }

    /** A row from its values, for lists built otherwise than from a claim (and for tests). */
    public static Builder builder(String ledgerId, String claimId) {
        return new Builder(ledgerId, claimId);
    }

    /** The claim's ledger id: what its page is opened by, and the row's key in a table. */
    public String getLedgerId() {
        return ledgerId;
    }

    /** The provider's business claim id. */
    public String getClaimId() {
        return claimId;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    /** The provider's organisation name. */
    public String getProvider() {
        return provider;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getPatientName() {
        return patientName;
    }

    public LocalDate getFirstDateOfService() {
        return firstDateOfService;
    }

    /** Days since the first date of service; null for a claim without one. */
    public Long getAgeDays() {
        return ageDays;
    }

    public BigDecimal getTotalCharge() {
        return totalCharge;
    }

    /** What the adjudication pays; null until adjudicated. */
    public BigDecimal getInsurerPays() {
        return insurerPays;
    }

    /** The patient's responsibility by the adjudication; null until adjudicated. */
    public BigDecimal getPatientPays() {
        return patientPays;
    }

    public List<String> getPendCodes() {
        return pendCodes;
    }

    public String getPendCodesText() {
        return String.join(", ", pendCodes);
    }

    public String getPendNote() {
        return pendNote;
    }

    /** What the settlement paid; null until settled. */
    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public String getEftTraceNumber() {
        return eftTraceNumber;
    }

    /** Builds a row; every value but the ids is optional. */
    public static final class Builder {
        private final String ledgerId;
        private final String claimId;
        private ClaimStatus status;
        private String provider;
        private String memberId;
        private String patientName;
        private LocalDate firstDateOfService;
        private Long ageDays;
        private BigDecimal totalCharge;
        private BigDecimal insurerPays;
        private BigDecimal patientPays;
        private List<String> pendCodes;
        private String pendNote;
        private BigDecimal paidAmount;
        private LocalDate paymentDate;
        private String eftTraceNumber;

        private Builder(String ledgerId, String claimId) {
            this.ledgerId = ledgerId;
            this.claimId = claimId;
        }

        public Builder status(ClaimStatus status) {
            this.status = status;
            return this;
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder memberId(String memberId) {
            this.memberId = memberId;
            return this;
        }

        public Builder patientName(String patientName) {
            this.patientName = patientName;
            return this;
        }

        public Builder firstDateOfService(LocalDate firstDateOfService) {
            this.firstDateOfService = firstDateOfService;
            return this;
        }

        public Builder ageDays(Long ageDays) {
            this.ageDays = ageDays;
            return this;
        }

        public Builder totalCharge(BigDecimal totalCharge) {
            this.totalCharge = totalCharge;
            return this;
        }

        public Builder insurerPays(BigDecimal insurerPays) {
            this.insurerPays = insurerPays;
            return this;
        }

        public Builder patientPays(BigDecimal patientPays) {
            this.patientPays = patientPays;
            return this;
        }

        public Builder pend(List<String> codes, String note) {
            this.pendCodes = codes;
            this.pendNote = note;
            return this;
        }

        /** The settlement: amount paid, payment date and EFT trace number. */
        public Builder payment(BigDecimal amount, LocalDate date, String eftTraceNumber) {
            this.paidAmount = amount;
            this.paymentDate = date;
            this.eftTraceNumber = eftTraceNumber;
            return this;
        }

        public ClaimRow build() {
            return new ClaimRow(this);
        }
    }
}
