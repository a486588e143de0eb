package net.claimsnet.web.x12.read;

import java.util.List;

/**
 * One segment as read: its tag, its position in its transaction set (ST is 1, as a 999 counts) and
 * its elements, each a list of components (a simple element has one). Repeated elements keep their
 * first occurrence: no 837 element the network reads repeats.
 */
public record X12Segment(String tag, int position, List<List<String>> elements) {

    public X12Segment {
        elements = List.copyOf(elements);
    }

    /** Element {@code n} (1-based), its first component; "" when absent. */
    public String element(int n) {
        return component(n, 1);
    }

    /** Component {@code c} of element {@code n}, both 1-based; "" when absent. */
    public String component(int n, int c) {
        if (n < 1 || n > elements.size()) {
            return "";
        }
        List<String> components = elements.get(n - 1);
        return c >= 1 && c <= components.size() ? components.get(c - 1) : "";
    }

    public boolean has(int n) {
        return !element(n).isEmpty() || componentCount(n) > 1;
    }

    /** How many components element {@code n} carries (0 when absent). */
    public int componentCount(int n) {
        return n < 1 || n > elements.size() ? 0 : elements.get(n - 1).size();
    }

    /** The number of the last element present. */
    public int elementCount() {
        return elements.size();
    }

    /** "NM1*85" style: the tag and its first element, as people name segments. */
    public String label() {
        String first = element(1);
        return first.isEmpty() ? tag : tag + "*" + first;
    }
}
