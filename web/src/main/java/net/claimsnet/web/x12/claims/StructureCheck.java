package net.claimsnet.web.x12.claims;

import net.claimsnet.web.x12.read.X12Issue;
import net.claimsnet.web.x12.read.X12Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a transaction set's segments through a guide's loop structure, as an X12 parser does: each
 * segment is matched forward from where the current loop stands, else it ends the loop (when an
 * enclosing loop takes it), else it is out of sequence or unexpected. Says which loop each segment is
 * in, and reports missing required segments and loops, segments used too often, out of order or
 * unknown, with the 999's IK304 codes (3, 5, 4, 7, 2).
 */
final class StructureCheck {

    private final List<X12Segment> segments;
    private final String[] loops;
    private final List<X12Issue> issues = new ArrayList<>();
    private final List<Frame> stack = new ArrayList<>();
    private int next;

    private StructureCheck(List<X12Segment> segments) {
        this.segments = segments;
        this.loops = new String[segments.size()];
    }

    /** The result: the loop of each segment (by index) and the structure's issues. */
    record Result(String[] loopOfSegment, List<X12Issue> issues) {
    }

    static Result check(GuideLoop transaction, List<X12Segment> segments) {
        StructureCheck check = new StructureCheck(segments);
        if (!segments.isEmpty() && transaction.matches(segments.get(0))) {
            check.walk(transaction);
        }
        while (check.next < segments.size()) {
            X12Segment extra = segments.get(check.next);
            check.loops[check.next] = "ST";
            check.issues.add(X12Issue.segment(X12Issue.Kind.ERROR, extra, null, "2",
                    "Segment " + extra.label() + " is not expected here"));
            check.next++;
        }
        return new Result(check.loops, check.issues);
    }

    private static final class Frame {
        final GuideLoop loop;
        final int[] counts;
        int cursor;

        Frame(GuideLoop loop) {
            this.loop = loop;
            this.counts = new int[loop.children.size()];
        }

        int forward(X12Segment segment) {
            for (int j = cursor; j < loop.children.size(); j++) {
                if (loop.children.get(j).matches(segment)) {
                    return j;
                }
            }
            return -1;
        }

        int backward(X12Segment segment) {
            for (int j = 0; j < cursor; j++) {
                if (loop.children.get(j).matches(segment)) {
                    return j;
                }
            }
            return -1;
        }
    }

    /** The loop's first segment is at {@code next}; consumes the loop. */
    private void walk(GuideLoop loop) {
        Frame frame = new Frame(loop);
        stack.add(frame);
        frame.counts[0] = 1;
        loops[next] = loop.loopId;
        next++;
        while (next < segments.size()) {
            X12Segment segment = segments.get(next);
            int at = frame.forward(segment);
            if (at == 0 && frame.cursor > 0) {
                at = -1; // the loop's own first segment again: a new occurrence, for the enclosing loop
            }
            if (at > 0) {
                reportMissing(frame, at, segment);
                GuideLoop child = loop.children.get(at);
                frame.cursor = at;
                frame.counts[at]++;
                if (frame.counts[at] > child.max) {
                    issues.add(X12Issue.segment(X12Issue.Kind.ERROR, segment, loop.loopId, child.isLoop() ? "4" : "5",
                            (child.isLoop() ? "Loop " + child.loopId + " occurs" : "Segment " + segment.label() + " is used")
                                    + " more than " + child.max + " time" + (child.max == 1 ? "" : "s") + " here"));
                }
                if (child.isLoop()) {
                    walk(child);
                } else {
                    loops[next] = loop.loopId;
                    next++;
                }
                continue;
            }
            if (enclosingTakes(segment)) {
                break;
            }
            loops[next] = loop.loopId;
            if (frame.backward(segment) >= 0) {
                issues.add(X12Issue.segment(X12Issue.Kind.ERROR, segment, loop.loopId, "7",
                        "Segment " + segment.label() + " is not in its proper sequence in loop " + loop.loopId));
            } else {
                issues.add(X12Issue.segment(X12Issue.Kind.ERROR, segment, loop.loopId, "2",
                        "Segment " + segment.label() + " is not expected in loop " + loop.loopId));
            }
            next++;
        }
        X12Segment last = segments.get(Math.min(next, segments.size()) - 1);
        reportMissing(frame, loop.children.size(), next < segments.size() ? segments.get(next) : last);
        stack.remove(stack.size() - 1);
    }

    /** Whether a loop around the current one would take the segment (then the current loop ends). */
    private boolean enclosingTakes(X12Segment segment) {
        for (int level = stack.size() - 2; level >= 0; level--) {
            if (stack.get(level).forward(segment) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Required children from the cursor up to (not including) {@code upTo} that never occurred. */
    private void reportMissing(Frame frame, int upTo, X12Segment noticedAt) {
        for (int j = frame.cursor; j < upTo; j++) {
            GuideLoop child = frame.loop.children.get(j);
            if (frame.counts[j] < child.min) {
                X12Segment where = new X12Segment(child.tag, noticedAt.position(), List.of());
                issues.add(X12Issue.segment(X12Issue.Kind.ERROR, where, child.isLoop() ? child.loopId : frame.loop.loopId,
                        "3", "Mandatory " + child.describe() + " missing" + (child.isLoop() ? "" : " in loop " + frame.loop.loopId)));
                frame.counts[j] = child.min; // said once
            }
        }
    }
}
