package net.claimsnet.rules.model;

import java.util.List;

/**
 * The scrubber's answer: every finding, and the rule-set version that produced them.
 *
 * @param claimId        the claim scrubbed
 * @param findings       errors and warnings, ordered by field path
 * @param ruleSetVersion hex SHA-256 over the scrub rule files and the reference data used
 */
public record ScrubResult(String claimId, List<Finding> findings, String ruleSetVersion) {

    public ScrubResult {
        findings = List.copyOf(findings);
    }

    /** A claim may be submitted when no finding is an error. */
    public boolean submittable() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
