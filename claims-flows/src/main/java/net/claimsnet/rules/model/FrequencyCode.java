package net.claimsnet.rules.model;

/** X12 claim frequency: an original claim, a replacement of a prior claim, or a void of one. */
public enum FrequencyCode {
    ORIGINAL("1"),
    REPLACEMENT("7"),
    VOID("8");

    private final String x12Code;

    FrequencyCode(String x12Code) {
        this.x12Code = x12Code;
    }

    public String x12Code() {
        return x12Code;
    }

    /** Whether this frequency refers to an earlier claim, which must then be named. */
    public boolean refersToOriginal() {
        return this != ORIGINAL;
    }
}
