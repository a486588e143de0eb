package net.claimsnet.rules.fact;

import net.claimsnet.rules.model.Finding;
import net.claimsnet.rules.model.Severity;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where scrub rules put their findings (the global {@code findings}); the rule's own name is taken from
 * the rule context so that a finding always names the rule that raised it.
 */
public final class FindingCollector {

    private final List<Finding> findings = new ArrayList<>();

    public void error(RuleContext rule, String fieldPath, String message) {
        findings.add(new Finding(Severity.ERROR, fieldPath, rule.getRule().getName(), message));
    }

    public void warning(RuleContext rule, String fieldPath, String message) {
        findings.add(new Finding(Severity.WARNING, fieldPath, rule.getRule().getName(), message));
    }

    /** Findings ordered by field path, then rule, so that equal claims give equal reports. */
    public List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::fieldPath, FindingCollector::comparePaths)
                .thenComparing(Finding::rule));
        return sorted;
    }

    // Sorts serviceLines[10] after serviceLines[9], not after serviceLines[1]: runs of digits compare as numbers.
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int byLength = Integer.compare(endA - i, endB - j);
                if (byLength != 0) {
                    return byLength;
                }
                for (; i < endA; i++, j++) {
                    if (a.charAt(i) != b.charAt(j)) {
                        return Character.compare(a.charAt(i), b.charAt(j));
                    }
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
