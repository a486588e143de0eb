package net.claimsnet.web.x12.read;

import java.util.Objects;

/**
 * One syntax or implementation-guide error, placed as a 999 places it: the segment (tag and position
 * in its transaction set), the loop, and for an element error the element (and component) position
 * and its data element reference number. {@code code} is the 999's IK304 code for a segment error and
 * its IK403 code for an element error. A {@linkplain Kind#NOTE note} leaves the transaction set
 * accepted ("accepted with errors noted"); an {@linkplain Kind#ERROR error} rejects it. The text
 * names the rule, never the data (a 999 and a log line carry no PHI).
 */
public record X12Issue(Kind kind, String segmentTag, int segmentPosition, String loopId, int element,
                       int component, String elementReference, String code, String text) {

    /** What the issue does to its transaction set in the 999: an ERROR rejects it, a NOTE is noted and it is accepted. */
    public enum Kind { ERROR, NOTE }

    public X12Issue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(segmentTag, "segmentTag");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    public static X12Issue segment(Kind kind, X12Segment segment, String loopId, String code, String text) {
        return new X12Issue(kind, segment.tag(), segment.position(), loopId, 0, 0, null, code, text);
    }

    public static X12Issue element(Kind kind, X12Segment segment, String loopId, int element, int component,
                                   String reference, String code, String text) {
        return new X12Issue(kind, segment.tag(), segment.position(), loopId, element, component, reference, code, text);
    }

    public boolean isElementError() {
        return element > 0;
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    /** Where it is, in words: "CLM (segment 22, loop 2300) element 5-3". */
    public String where() {
        StringBuilder where = new StringBuilder(segmentTag).append(" (segment ").append(segmentPosition);
        if (loopId != null) {
            where.append(", loop ").append(loopId);
        }
        where.append(')');
        if (element > 0) {
            where.append(" element ").append(String.format("%02d", element));
            if (component > 0) {
                where.append('-').append(component);
            }
        }
        return where.toString();
    }

    @Override
    public String toString() {
        return where() + ": " + text;
    }
}
