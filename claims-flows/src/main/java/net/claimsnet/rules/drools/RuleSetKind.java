package net.claimsnet.rules.drools;

/** The two rule sets, each in its own folder of config/rules and its own DRL package. */
public enum RuleSetKind {
    /** Provider side, before submission. */
    SCRUB("scrub"),
    /** Insurer side, on receipt. */
    ADJUDICATE("adjudicate");

    private final String folder;

    RuleSetKind(String folder) {
        this.folder = folder;
    }

    /** The folder under config/rules, also the last segment of the DRL package (claimsnet.&lt;folder&gt;). */
    public String folder() {
        return folder;
    }
}
