package net.claimsnet.web.desk.claims;

import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A claim list's filters as typed (each page offers the ones it needs: status, claim id, member,
 * provider, pend reason, service dates, total charge range) and the desk search they make.
 */
public final class ClaimFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private ClaimStatus status;
    private String claimId;
    private String memberId;
    private String provider;
    private String pendReason;
    private LocalDate from;
    private LocalDate to;
    private BigDecimal minCharge;
    private BigDecimal maxCharge;

    /** The desk search with these filters (its order and page are the table's); blank text filters are no filter. */
    public ClaimSearch search() {
        return ClaimSearch.all().withStatus(status)
                .withClaimId(trimmed(claimId))
                .withMemberId(trimmed(memberId))
                .withProvider(trimmed(provider))
                .withPendReason(trimmed(pendReason))
                .withDates(from, to)
                .withCharges(minCharge, maxCharge);
    }

    /** What is wrong with the charge range, in words, or null when the desk can search with it. */
    public String chargeProblem() {
        if (minCharge != null && minCharge.signum() < 0 || maxCharge != null && maxCharge.signum() < 0) {
            return "Charges are 0 or more: correct the charge range.";
        }
        if (minCharge != null && maxCharge != null && maxCharge.compareTo(minCharge) < 0) {
            return "The highest total charge (" + maxCharge.toPlainString() + ") is below the lowest ("
                    + minCharge.toPlainString() + "): swap them or clear one.";
        }
        return null;
    }

    /** Whether the service date range ends before it starts. */
    public boolean datesReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    public void clear() {
        status = null;
        claimId = null;
        memberId = null;
        provider = null;
        pendReason = null;
        from = null;
        to = null;
        minCharge = null;
        maxCharge = null;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public String getClaimId() {
        return claimId;
    }

    public void setClaimId(String claimId) {
        this.claimId = claimId;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getPendReason() {
        return pendReason;
    }

    public void setPendReason(String pendReason) {
        this.pendReason = pendReason;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getMinCharge() {
        return minCharge;
    }

    public void setMinCharge(BigDecimal minCharge) {
        this.minCharge = minCharge;
    }

    public BigDecimal getMaxCharge() {
        return maxCharge;
    }

    public void setMaxCharge(BigDecimal maxCharge) {
        this.maxCharge = maxCharge;
    }
}
