package net.claimsnet.web.x12.envelope;

/**
 * The four separators of an interchange. ISA fixes where they are announced (the element separator
 * after "ISA", the repetition separator in ISA11, the component separator in ISA16, the segment
 * terminator after ISA16); the values are the writer's choice.
 */
public record X12Delimiters(char segment, char element, char component, char repetition) {

    /** The separators the 5010 guides' examples use: ~ * : ^ */
    public static final X12Delimiters STANDARD = new X12Delimiters('~', '*', ':', '^');

    public X12Delimiters {
        if (segment == element || segment == component || segment == repetition || element == component
                || element == repetition || component == repetition) {
            throw new IllegalArgumentException("The X12 delimiters must differ from each other");
        }
    }

    /** True if the value holds a separator and would break the segment it is written into. */
    public boolean occursIn(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == segment || c == element || c == component || c == repetition) {
                return true;
            }
        }
        return false;
    }
}
