package net.claimsnet.rules.model;

/** The patient's administrative sex as billed; UNKNOWN matches no sex-specific code. */
public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN
}
