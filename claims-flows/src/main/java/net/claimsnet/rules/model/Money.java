package net.claimsnet.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as the rules use it: BigDecimal with two decimals, rounded half up. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    /** Rounds to cents, half up; the only rounding the rules ever do. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Parses an amount written in reference data or tests, e.g. "125.5" becomes 125.50. */
    public static BigDecimal of(String amount) {
        return cents(new BigDecimal(amount));
    }

    /** {@code amount * percent / 100}, computed exactly and rounded once, to cents. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return cents(amount.multiply(percent).movePointLeft(2));
    }

    /**
     * Brings a submitted amount to two decimals without rounding: a charge of 10.005 is an input
     * error, not something to round silently.
     */
    public static BigDecimal exact(BigDecimal amount, String what) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " must have at most two decimals: " + amount.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static boolean isPositive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
