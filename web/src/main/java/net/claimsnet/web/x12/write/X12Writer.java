package net.claimsnet.web.x12.write;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes one or more X12 interchanges with StAEDI (delimiters * : ^ ~, a line break after each
 * segment for people who read them), counting what the trailers count: SE01 the segments of the
 * transaction set, GE01 its transaction sets, IEA01 its groups. An element is a String (empty or null:
 * absent) or a String[] (a composite); trailing absent elements are left out, as X12 wants.
 */
public final class X12Writer {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /** StAEDI's X12 00501 envelope schema: what is written is checked against it (lengths, required elements). */
    private static final Schema CONTROL_SCHEMA = controlSchema();

    private static Schema controlSchema() {
        try {
            return SchemaFactory.newFactory().getControlSchema("X12", new String[]{"00501"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI's X12 00501 control schema is missing", e);
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** One StAEDI writer per interchange: its control schema allows one ISA. */
    private EDIStreamWriter writer;
    private String interchangeControl;
    private String groupControl;
    private String transactionControl;
    private int groups;
    private int transactions;
    private int segments;

    private static final EDIOutputFactory FACTORY = outputFactory();

    private static EDIOutputFactory outputFactory() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        return factory;
    }

    /** ISA: sender and receiver as qualifier and id; {@code controlNumber} nine digits; usage P or T. */
    public X12Writer interchange(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                                 String controlNumber, String usage, LocalDateTime at) {
        writer = FACTORY.createEDIStreamWriter(out);
        writer.setControlSchema(CONTROL_SCHEMA);
        call(() -> writer.startInterchange());
        interchangeControl = pad(controlNumber, 9, '0', true);
        groups = 0;
        write("ISA", "00", pad("", 10, ' ', false), "00", pad("", 10, ' ', false), pad(senderQualifier, 2, ' ', false),
                pad(senderId, 15, ' ', false), pad(receiverQualifier, 2, ' ', false), pad(receiverId, 15, ' ', false),
                at.format(YYMMDD), at.format(HHMM), "^", "00501", interchangeControl, "0", usage, ":");
        return this;
    }

    public X12Writer group(String functionalId, String senderCode, String receiverCode, String controlNumber,
                           String version, LocalDateTime at) {
        groupControl = controlNumber;
        transactions = 0;
        groups++;
        write("GS", functionalId, senderCode, receiverCode, at.format(CCYYMMDD), at.format(HHMM), controlNumber, "X", version);
        return this;
    }

    public X12Writer transaction(String type, String controlNumber, String guide) {
        transactionControl = controlNumber;
        segments = 0;
        transactions++;
        segment("ST", type, controlNumber, guide);
        return this;
    }

    /** A segment inside the current transaction set (counted for SE01). */
    public X12Writer segment(String tag, Object... elements) {
        segments++;
        write(tag, elements);
        return this;
    }

    public X12Writer endTransaction() {
        segments++;
        write("SE", Integer.toString(segments), transactionControl);
        return this;
    }

    public X12Writer endGroup() {
        write("GE", Integer.toString(transactions), groupControl);
        return this;
    }

    public X12Writer endInterchange() {
        write("IEA", Integer.toString(groups), interchangeControl);
        call(() -> {
            writer.endInterchange();
            writer.flush();
        });
        return this;
    }

    /** What was written, as text. */
    public String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(String tag, Object... elements) {
        int last = elements.length;
        while (last > 0 && isEmpty(elements[last - 1])) {
            last--;
        }
        int count = last;
        call(() -> {
            writer.writeStartSegment(tag);
            for (int i = 0; i < count; i++) {
                Object element = elements[i];
                if (element instanceof String[] composite) {
                    writer.writeStartElement();
                    int components = composite.length;
                    while (components > 0 && isEmpty(composite[components - 1])) {
                        components--;
                    }
                    for (int c = 0; c < components; c++) {
                        if (isEmpty(composite[c])) {
                            writer.writeEmptyComponent();
                        } else {
                            writer.writeComponent(clean(composite[c]));
                        }
                    }
                    writer.endElement();
                } else if (isEmpty(element)) {
                    writer.writeEmptyElement();
                } else {
                    // ISA11 and ISA16 are the delimiters themselves
                    writer.writeElement("ISA".equals(tag) ? element.toString() : clean(element.toString()));
                }
            }
            writer.writeEndSegment();
        });
    }

    /**
     * A value with the delimiters (and line breaks) replaced by spaces: free text such as a rejection
     * reason or a name may hold them, and X12 has no escape for them.
     */
    static String clean(String value) {
        StringBuilder cleaned = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '*' || c == ':' || c == '^' || c == '~' || c == '\r' || c == '\n') {
                if (cleaned == null) {
                    cleaned = new StringBuilder(value);
                }
                cleaned.setCharAt(i, ' ');
            }
        }
        return cleaned == null ? value : cleaned.toString();
    }

    private static boolean isEmpty(Object element) {
        if (element == null) {
            return true;
        }
        if (element instanceof String[] composite) {
            for (String component : composite) {
                if (!isEmpty(component)) {
                    return false;
                }
            }
            return true;
        }
        return element.toString().isEmpty();
    }

    /** Fixed-width ISA fields: ids padded with spaces on the right, control numbers with zeros on the left. */
    static String pad(String value, int width, char with, boolean left) {
        String text = value == null ? "" : value;
        if (text.length() >= width) {
            return text.substring(0, width);
        }
        String padding = String.valueOf(with).repeat(width - text.length());
        return left ? padding + text : text + padding;
    }

    @FunctionalInterface
    private interface Call {
        void run() throws EDIStreamException;
    }

    private static void call(Call call) {
        try {
            call.run();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("X12 could not be written: " + e.getMessage(), e);
        }
    }
}
