package net.claimsnet.rules.reference;

import java.math.BigDecimal;

/**
 * A procedure modifier the payer recognises (config/reference/modifiers.csv).
 *
 * @param code            two characters, e.g. "59"
 * @param description     short description
 * @param distinctService says the service was separate from another billed that day (lifts a pair edit)
 * @param repeatService   says the service was repeated that day (not a duplicate line)
 * @param paymentPercent  percent of the fee schedule the modifier pays, e.g. 150 for bilateral; 100 for no change
 */
public record Modifier(
        String code,
        String description,
        boolean distinctService,
        boolean repeatService,
        BigDecimal paymentPercent) {
}
