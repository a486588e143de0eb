package net.claimsnet.flows.rules;

import net.claimsnet.rules.model.Severity;

import java.util.Objects;

/** One problem scrubbing found: which rule, where, and what to do about it. */
public final class ScrubFinding {

    private final String rule;
    private final String field;
    private final String message;
    private final Severity severity;

    public ScrubFinding(String rule, String field, String message, Severity severity) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.field = field;
        this.message = Objects.requireNonNull(message, "message");
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    public static ScrubFinding error(String rule, String field, String message) {
        return new ScrubFinding(rule, field, message, Severity.ERROR);
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }

    public Severity severity() {
        return severity;
    }

    @Override
    public String toString() {
        return message + (field == null ? "" : " (" + field + ")");
    }
}
