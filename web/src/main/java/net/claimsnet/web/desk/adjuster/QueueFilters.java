package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;

import java.io.Serializable;
import java.math.BigDecimal;

/** The work queue's filters as typed (pend reason code, provider, total charge range) and the desk search they make. */
public final class QueueFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String pendReason;
    private String provider;
    private BigDecimal minCharge;
    private BigDecimal maxCharge;

    /** The desk search for one queue with these filters (its order and page are the table's); blank text filters are no filter. */
    ClaimSearch search(ClaimStatus status) {
        return ClaimSearch.all().withStatus(status)
                .withPendReason(trimmed(pendReason))
                .withProvider(trimmed(provider))
                .withCharges(minCharge, maxCharge);
    }

    /** What is wrong with the filters, in words, or null when the desk can search with them. */
    String problem() {
        if (minCharge != null && minCharge.signum() < 0 || maxCharge != null && maxCharge.signum() < 0) {
            return "Charges are 0 or more: correct the charge range.";
        }
        if (minCharge != null && maxCharge != null && maxCharge.compareTo(minCharge) < 0) {
            return "The highest total charge (" + maxCharge.toPlainString() + ") is below the lowest ("
                    + minCharge.toPlainString() + "): swap them or clear one.";
        }
        return null;
    }

    void clear() {
        pendReason = null;
        provider = null;
        minCharge = null;
        maxCharge = null;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getPendReason() {
        return pendReason;
    }

    public void setPendReason(String pendReason) {
        this.pendReason = pendReason;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
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
