package net.claimsnet.web.desk.adjuster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the field a refused decision names ({@code lines[0].adjustments[1].amount}) so that the message
 * is shown by the line it concerns and says which adjustment row, in the adjuster's words.
 */
final class DecisionFieldPaths {

    private static final Pattern LINE = Pattern.compile("^lines\\[(\\d+)](?:\\.adjustments(?:\\[(\\d+)])?)?(?:\\.(\\w+))?");

    private DecisionFieldPaths() {
    }

    /** The index (from 0) of the line in the decisions sent, or -1 when the field names no line. */
    static int lineIndex(String field) {
        Matcher m = field == null ? null : LINE.matcher(field);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Where on the line, in words: "adjustment row 2, amount", or "" for the line as a whole. */
    static String where(String field) {
        Matcher m = field == null ? null : LINE.matcher(field);
        if (m == null || !m.find()) {
            return "";
        }
        String row = m.group(2) == null ? null : "adjustment row " + (Integer.parseInt(m.group(2)) + 1);
        String part = m.group(3);
        if (row == null) {
            return part == null ? "" : part;
        }
        return part == null ? row : row + ", " + part;
    }
}
