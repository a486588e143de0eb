package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** X12 claim frequency type code (CLM05-3): an original claim, a replacement of a prior claim, or its void. */
@CordaSerializable
public enum FrequencyCode {
    ORIGINAL("1"), REPLACEMENT("7"), VOID("8");

    private final String code;

    FrequencyCode(String code) {
        this.code = code;
    }

    /** The code as X12 writes it: "1", "7" or "8". */
    public String code() {
        return code;
    }

    /** Whether this frequency refers to an earlier claim, which must then be named. */
    public boolean refersToOriginal() {
        return this != ORIGINAL;
    }

    public static FrequencyCode fromCode(String code) {
        for (FrequencyCode value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown claim frequency code: " + code);
    }
}
