package net.claimsnet.web.desk.billing;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.rules.model.Severity;

import java.io.Serializable;

/** A scrub finding as the form shows it (a bean with getters, for EL): which rule, what to do, how serious. */
public final class ShownFinding implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String field;
    private final String message;
    private final boolean error;

    public ShownFinding(String rule, String field, String message, boolean error) {
        this.rule = rule;
        this.field = field;
        this.message = message;
        this.error = error;
    }

    static ShownFinding of(ScrubFinding finding) {
        return new ShownFinding(finding.rule(), finding.field(), finding.message(),
                finding.severity() == Severity.ERROR);
    }

    public String getRule() {
        return rule;
    }

    /** The rules' path, e.g. {@code serviceLines[0].procedureCode}; null for the whole claim. */
    public String getField() {
        return field;
    }

    public String getMessage() {
        return message;
    }

    public boolean isError() {
        return error;
    }

    public String getSeverity() {
        return error ? "Error" : "Warning";
    }

    /** desk.css's class for the severity. */
    public String getStyleClass() {
        return error ? "finding-error" : "finding-warning";
    }
}
