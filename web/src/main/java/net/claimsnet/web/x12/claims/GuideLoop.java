package net.claimsnet.web.x12.claims;

import net.claimsnet.web.x12.read.X12Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A node of an implementation guide's structure: a segment (tag, optionally told apart by the value of
 * one of its elements, e.g. NM1 by NM101) or a loop whose first child is the segment that starts it.
 * Each has the least and most times it may occur where it stands.
 */
final class GuideLoop {

    final String loopId;
    final String tag;
    final int discriminator;
    final Set<String> values;
    final int min;
    final int max;
    final String name;
    final List<GuideLoop> children;

    private GuideLoop(String loopId, String tag, int discriminator, Set<String> values, int min, int max, String name,
                      List<GuideLoop> children) {
        this.loopId = loopId;
        this.tag = tag;
        this.discriminator = discriminator;
        this.values = values;
        this.min = min;
        this.max = max;
        this.name = name;
        this.children = children;
    }

    static GuideLoop segment(String tag, int min, int max) {
        return new GuideLoop(null, tag, 0, Set.of(), min, max, tag, List.of());
    }

    /** A segment told apart by the value of element {@code element} (e.g. HL03 20, NM101 85). */
    static GuideLoop segment(String tag, int element, Set<String> values, int min, int max, String name) {
        return new GuideLoop(null, tag, element, values, min, max, name, List.of());
    }

    static GuideLoop loop(String id, int min, int max, GuideLoop trigger, GuideLoop... rest) {
        List<GuideLoop> children = new ArrayList<>(rest.length + 1);
        children.add(trigger);
        children.addAll(List.of(rest));
        return new GuideLoop(id, trigger.tag, trigger.discriminator, trigger.values, min, max,
                trigger.name, List.copyOf(children));
    }

    boolean isLoop() {
        return loopId != null;
    }

    boolean matches(X12Segment segment) {
        return tag.equals(segment.tag()) && (discriminator == 0 || values.contains(segment.element(discriminator)));
    }

    /** "loop 2010AA (NM1*85 billing provider name)" or "segment N4". */
    String describe() {
        String what = discriminator == 0 ? tag : tag + "*" + String.join("/", values.stream().sorted().toList());
        return isLoop() ? "loop " + loopId + " (" + what + (name.equals(tag) ? "" : " " + name) + ")"
                : "segment " + what + (name.equals(tag) || discriminator == 0 ? "" : " (" + name + ")");
    }
}
