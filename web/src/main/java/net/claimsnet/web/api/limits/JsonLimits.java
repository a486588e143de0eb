package net.claimsnet.web.api.limits;

/**
 * The bounds a JSON body must keep: its size in bytes, how deep objects and arrays nest, how long a
 * string (value or property name) and a number literal may be, and how many items a list may hold.
 */
public record JsonLimits(int maxBytes, int maxDepth, int maxStringLength, int maxListLength) {

    /**
     * A number literal longer than this is no amount, count or code: refused before a number type
     * sees it (BigDecimal takes {@code 1e999999999} at face value and chokes later on arithmetic).
     */
    public static final int MAX_NUMBER_LENGTH = 32;
}
