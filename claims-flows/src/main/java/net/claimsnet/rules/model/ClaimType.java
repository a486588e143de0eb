package net.claimsnet.rules.model;

/** The claim form: professional (837P / CMS-1500) or institutional (837I / UB-04). */
public enum ClaimType {
    PROFESSIONAL,
    INSTITUTIONAL
}
