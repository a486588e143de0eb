package net.claimsnet.rules.model;

/** How much a scrub finding matters: an ERROR blocks submission, a WARNING asks for a second look. */
public enum Severity {
    ERROR,
    WARNING
}
