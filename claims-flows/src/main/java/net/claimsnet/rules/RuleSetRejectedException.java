package net.claimsnet.rules;

import java.util.List;

/**
 * A rule set that was refused: a rule file that does not compile or reference data that does not parse.
 * The previous rule set, if any, stays in force.
 */
public class RuleSetRejectedException extends RuntimeException {

    private final String ruleSet;
    private final String version;
    private final List<String> problems;

    /**
     * @param ruleSet  scrub or adjudicate
     * @param version  the version (hash) of the files that were refused
     * @param problems the compiler's or loader's messages, each naming a file and line
     */
    public RuleSetRejectedException(String ruleSet, String version, List<String> problems) {
        super("The " + ruleSet + " rule set " + shortVersion(version) + " was refused:\n  "
                + String.join("\n  ", problems));
        this.ruleSet = ruleSet;
        this.version = version;
        this.problems = List.copyOf(problems);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public String version() {
        return version;
    }

    public List<String> problems() {
        return problems;
    }

    private static String shortVersion(String version) {
        return version == null || version.length() < 12 ? String.valueOf(version) : version.substring(0, 12);
    }
}
