package net.claimsnet.web.x12.claims;

import net.claimsnet.states.ClaimType;
import net.claimsnet.web.x12.read.X12Issue;
import net.claimsnet.web.x12.read.X12Segment;
import net.claimsnet.web.x12.read.X12Transaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one 837 transaction set against its implementation guide: 005010X222 (837P, with its
 * addenda A1, A2) or 005010X223 (837I, A1..A3), from ST03 or else GS08. The reader's syntax errors
 * and trailer codes, the guide's loop structure, the HL hierarchy and the element rules together
 * decide it: accepted, accepted with errors noted, or rejected.
 */
public final class ClaimGuide {

    /** The guides this network reads, by the start of their version string. */
    public static final String PROFESSIONAL_GUIDE = "005010X222";
    public static final String INSTITUTIONAL_GUIDE = "005010X223";

    private ClaimGuide() {
    }

    /** What the check found; {@code loopOfSegment} gives each segment's loop (by index) for the mapping. */
    public record Verdict(ClaimType type, List<X12Issue> issues, List<String> trailerCodes, String[] loopOfSegment,
                          String unsupportedReason) {

        public boolean isSupported() {
            return unsupportedReason == null;
        }

        public boolean isRejected() {
            return !isSupported() || !trailerCodes.isEmpty() || issues.stream().anyMatch(X12Issue::isError);
        }

        /** Accepted, but with notes a 999 reports (IK5*E). */
        public boolean hasNotes() {
            return !issues.isEmpty();
        }
    }

    public static Verdict check(X12Transaction transaction) {
        ClaimType type = typeOf(transaction);
        if (!"837".equals(transaction.type()) || type == null) {
            return new Verdict(null, List.of(), transaction.trailerCodes(), new String[transaction.segments().size()],
                    "Transaction set " + transaction.type() + " with guide " + transaction.guide() + " is not supported here: "
                            + "this endpoint takes 837P (" + PROFESSIONAL_GUIDE + "A1) and 837I (" + INSTITUTIONAL_GUIDE + "A2)");
        }
        boolean professional = type == ClaimType.PROFESSIONAL;
        List<X12Issue> issues = new ArrayList<>(transaction.syntaxIssues());
        StructureCheck.Result structure = StructureCheck.check(
                professional ? GuideStructures.PROFESSIONAL : GuideStructures.INSTITUTIONAL, transaction.segments());
        issues.addAll(structure.issues());
        ElementChecks elements = new ElementChecks(professional, issues);
        List<X12Segment> segments = transaction.segments();
        for (int i = 0; i < segments.size(); i++) {
            elements.check(segments.get(i), structure.loopOfSegment()[i]);
        }
        checkHierarchy(segments, structure.loopOfSegment(), issues);
        issues.sort((a, b) -> Integer.compare(a.segmentPosition(), b.segmentPosition()));
        return new Verdict(type, List.copyOf(issues), transaction.trailerCodes(), structure.loopOfSegment(), null);
    }

    static ClaimType typeOf(X12Transaction transaction) {
        String guide = transaction.guide() == null ? "" : transaction.guide();
        if (guide.startsWith(PROFESSIONAL_GUIDE)) {
            return ClaimType.PROFESSIONAL;
        }
        if (guide.startsWith(INSTITUTIONAL_GUIDE)) {
            return ClaimType.INSTITUTIONAL;
        }
        return null;
    }

    /** HL01 counts 1, 2, 3...; HL02 names an earlier HL one level up (subscriber under billing provider, patient under subscriber). */
    private static void checkHierarchy(List<X12Segment> segments, String[] loops, List<X12Issue> issues) {
        Map<String, String> levelById = new HashMap<>();
        int expected = 1;
        for (int i = 0; i < segments.size(); i++) {
            X12Segment hl = segments.get(i);
            if (!"HL".equals(hl.tag())) {
                continue;
            }
            String id = hl.element(1);
            String level = hl.element(3);
            if (!id.equals(Integer.toString(expected))) {
                issues.add(X12Issue.element(X12Issue.Kind.ERROR, hl, loops[i], 1, 0, "628", "I12",
                        "HL01 must number the levels 1, 2, 3... in order; " + expected + " was expected"));
            }
            expected++;
            String parent = hl.element(2);
            String parentLevel = "22".equals(level) ? "20" : "23".equals(level) ? "22" : null;
            if (parentLevel == null) {
                if (!parent.isEmpty()) {
                    add(issues, hl, loops[i], "The billing provider level (HL03 20) has no parent: HL02 must be empty");
                }
            } else if (!parentLevel.equals(levelById.get(parent))) {
                add(issues, hl, loops[i], "HL02 must name an earlier HL of level " + parentLevel);
            }
            levelById.putIfAbsent(id, level);
        }
    }

    private static void add(List<X12Issue> issues, X12Segment hl, String loop, String text) {
        issues.add(X12Issue.element(X12Issue.Kind.ERROR, hl, loop, 2, 0, "734", "I12", text));
    }
}
