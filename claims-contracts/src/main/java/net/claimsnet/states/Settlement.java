package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The payment of a claim. {@code amount} is the total paid on the claim to date, so that it always
 * equals the adjudication's paid amounts; after an appeal that raised the payment, the new
 * settlement's EFT carries the difference to the previous one.
 */
@CordaSerializable
public final class Settlement {

    private final BigDecimal amount;
    private final LocalDate paymentDate;
    private final String eftTraceNumber;

    public Settlement(
            BigDecimal amount,
            LocalDate paymentDate,
            String eftTraceNumber) {
        this.amount = amount;
        this.paymentDate = paymentDate;
        this.eftTraceNumber = eftTraceNumber;
    }

    public BigDecimal getAmount() { return amount; }

    public LocalDate getPaymentDate() { return paymentDate; }

    /** The EFT (ACH) trace number that reconciles the payment with the bank. */
    public String getEftTraceNumber() { return eftTraceNumber; }

    public Settlement withAmount(BigDecimal amount) {
        return new Settlement(amount, paymentDate, eftTraceNumber);
    }

    public Settlement withPaymentDate(LocalDate paymentDate) {
        return new Settlement(amount, paymentDate, eftTraceNumber);
    }

    public Settlement withEftTraceNumber(String eftTraceNumber) {
        return new Settlement(amount, paymentDate, eftTraceNumber);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Settlement)) return false;
        Settlement that = (Settlement) o;
        return Objects.equals(amount, that.amount)
                && Objects.equals(paymentDate, that.paymentDate)
                && Objects.equals(eftTraceNumber, that.eftTraceNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, paymentDate, eftTraceNumber);
    }

    @Override
    public String toString() {
        return "Settlement(amount=" + amount
                + ", paymentDate=" + paymentDate
                + ", eftTraceNumber=" + eftTraceNumber + ")";
    }
}
