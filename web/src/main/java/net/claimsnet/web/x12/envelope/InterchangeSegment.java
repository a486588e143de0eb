package net.claimsnet.web.x12.envelope;

import java.util.List;

/**
 * One segment as {@link X12DocumentReader} reads it: its tag, its position in the interchange (ISA is 1,
 * unlike the 837 reader's segments, counted from ST), and its elements, each a list of components (a
 * simple element has one).
 */
public record InterchangeSegment(String tag, int position, List<List<String>> elements) {

    /** Element {@code number} (1-based, as the guides count), its first component; "" when absent. */
    public String element(int number) {
        return component(number, 1);
    }

    /** Component {@code component} of element {@code number}, both 1-based; "" when absent. */
    public String component(int number, int component) {
        if (number < 1 || number > elements.size()) {
            return "";
        }
        List<String> components = elements.get(number - 1);
        return component < 1 || component > components.size() ? "" : components.get(component - 1);
    }

    /** The element's components joined by ':' as X12 writes a composite, for messages. */
    public String composite(int number) {
        return number < 1 || number > elements.size() ? "" : String.join(":", elements.get(number - 1));
    }
}
