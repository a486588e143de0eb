package net.claimsnet.web.x12.envelope;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import java.util.Arrays;
import java.util.List;

/**
 * Writes the segments of one transaction set's body and counts them for SE01. Each element is a
 * {@link CharSequence}, a {@link Composite}, or null / empty for an element left out; trailing
 * empty elements are not written (X12 forbids trailing separators). A delimiter inside a value
 * would split it, so it is written as a space: free text (names, addresses) is the only place
 * one can occur, and codes and amounts never hold one.
 */
public final class SegmentWriter {

    private final EDIStreamWriter writer;
    private final X12Delimiters delimiters;
    private int segments;

    SegmentWriter(EDIStreamWriter writer, X12Delimiters delimiters) {
        this.writer = writer;
        this.delimiters = delimiters;
    }

    /** An element made of components (e.g. SVC01 HC:99213:25), written with the component separator. */
    public record Composite(List<String> components) {
        public static Composite of(String... components) {
            return new Composite(Arrays.asList(components));
        }
    }

    /** Writes one segment: its tag, then its elements in order (element 01 first). */
    public SegmentWriter segment(String tag, Object... elements) {
        try {
            writer.writeStartSegment(tag);
            int last = lastPresent(elements);
            for (int i = 0; i <= last; i++) {
                writeElement(elements[i]);
            }
            writer.writeEndSegment();
            segments++;
            return this;
        } catch (EDIStreamException e) {
            throw new X12WriteException("Cannot write segment " + tag + ": " + e.getMessage(), e);
        }
    }

    /** Segments written so far through this writer. */
    int count() {
        return segments;
    }

    private void writeElement(Object element) throws EDIStreamException {
        if (isEmpty(element)) {
            writer.writeEmptyElement();
        } else if (element instanceof Composite composite) {
            writer.writeStartElement();
            int last = lastPresent(composite.components().toArray());
            for (int i = 0; i <= last; i++) {
                String component = composite.components().get(i);
                if (component == null || component.isEmpty()) {
                    writer.writeEmptyComponent();
                } else {
                    writer.writeComponent(clean(component));
                }
            }
            writer.endElement();
        } else if (element instanceof CharSequence text) {
            writer.writeElement(clean(text));
        } else {
            throw new IllegalArgumentException("An X12 element is text or a Composite; was " + element.getClass().getName());
        }
    }

    private CharSequence clean(CharSequence value) {
        if (!delimiters.occursIn(value)) {
            return value;
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            cleaned.append(delimiters.occursIn(String.valueOf(c)) ? ' ' : c);
        }
        return cleaned;
    }

    private static int lastPresent(Object[] elements) {
        int last = elements.length - 1;
        while (last >= 0 && isEmpty(elements[last])) {
            last--;
        }
        return last;
    }

    private static boolean isEmpty(Object element) {
        if (element == null) {
            return true;
        }
        if (element instanceof CharSequence text) {
            return text.length() == 0;
        }
        if (element instanceof Composite composite) {
            return composite.components().stream().allMatch(c -> c == null || c.isEmpty());
        }
        return false;
    }
}
