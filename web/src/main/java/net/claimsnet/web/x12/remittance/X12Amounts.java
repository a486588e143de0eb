package net.claimsnet.web.x12.remittance;

import java.math.BigDecimal;

/**
 * Money as X12's decimal type R writes it: no trailing zeros after the decimal point, no point for a
 * whole amount ("150", "12.5", "0").
 */
final class X12Amounts {

    private X12Amounts() {
    }

    static String of(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "0";
        }
        return amount.stripTrailingZeros().toPlainString();
    }
}
