package net.claimsnet.web.api.limits;

import net.claimsnet.node.desk.InvalidDeskInputException;

import java.math.BigDecimal;

/**
 * Bounds on single fields that JSON's generic limits cannot know: identifiers fit the vault's lookup
 * columns (64 characters; X12's longest, a member id, is 80 and its claim id 38), and amounts are money,
 * not numbers: not negative, at most two decimals, below a hundred million. Out of bounds is the desk's
 * 400 naming the field, for the API and the desk's forms alike.
 */
public final class FieldLimits {

    public static final int MAX_IDENTIFIER = 64;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");
    public static final int MAX_DECIMALS = 2;

    private FieldLimits() {
    }

    /** The identifier unchanged (null stays null), or refused when longer than {@value #MAX_IDENTIFIER}. */
    public static String identifier(String value, String field) {
        if (value != null && value.length() > MAX_IDENTIFIER) {
            throw new InvalidDeskInputException(field, field + " has " + value.length() + " characters; at most "
                    + MAX_IDENTIFIER + " are taken");
        }
        return value;
    }

    /** The amount unchanged (null stays null), or refused when negative, too large or finer than a cent. */
    public static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new InvalidDeskInputException(field, field + " must not be negative; was " + value.toPlainString());
        }
        // Compared before anything that expands the number: 1E+999999 is refused here, not written out.
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidDeskInputException(field, field + " must be at most " + MAX_AMOUNT.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidDeskInputException(field, field + " has more than " + MAX_DECIMALS + " decimals; was "
                    + value.toPlainString());
        }
        return value;
    }
}
