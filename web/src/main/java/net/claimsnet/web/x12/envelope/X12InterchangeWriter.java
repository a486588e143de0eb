package net.claimsnet.web.x12.envelope;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes one X12 5010 interchange holding one functional group: ISA and GS on {@link #open}, an
 * ST ... SE around each {@link #transactionSet} body (ST02 numbered from 0001, SE01 counted), and
 * GE and IEA on {@link #close} with the number of sets and the control numbers repeated.
 *
 * <pre>{@code
 * try (X12InterchangeWriter interchange = X12InterchangeWriter.open(out, header, numbers)) {
 *     interchange.transactionSet("835", body -> body.segment("BPR", "I", "100", ...));
 * }
 * }</pre>
 */
public final class X12InterchangeWriter implements AutoCloseable {

    /** ISA12: the interchange control version of 5010. */
    public static final String INTERCHANGE_VERSION = "00501";

    /** StAEDI's schema of the 5010 envelope: the writer checks ISA/GS/ST/SE/GE/IEA against it as it writes. */
    private static final Schema CONTROL_SCHEMA = controlSchema();

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final EDIStreamWriter writer;
    private final X12Delimiters delimiters;
    private final InterchangeHeader header;
    private final long interchangeControlNumber;
    private final long groupControlNumber;
    private final List<String> transactionSetControlNumbers = new ArrayList<>();
    private boolean closed;

    private X12InterchangeWriter(EDIStreamWriter writer, X12Delimiters delimiters, InterchangeHeader header,
                                 long interchangeControlNumber, long groupControlNumber) {
        this.writer = writer;
        this.delimiters = delimiters;
        this.header = header;
        this.interchangeControlNumber = interchangeControlNumber;
        this.groupControlNumber = groupControlNumber;
    }

    /** Standard delimiters, one segment per line (a line break after each terminator, as most translators accept). */
    public static X12InterchangeWriter open(OutputStream out, InterchangeHeader header, ControlNumbers numbers) {
        return open(out, header, numbers, X12Delimiters.STANDARD, true);
    }

    /** Writes ISA and GS; the caller then writes its transaction sets and closes. */
    public static X12InterchangeWriter open(OutputStream out, InterchangeHeader header, ControlNumbers numbers,
                                            X12Delimiters delimiters, boolean segmentPerLine) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(header, "header");
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, delimiters.segment());
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, delimiters.element());
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, delimiters.component());
        factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, delimiters.repetition());
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, segmentPerLine);
        EDIStreamWriter writer = factory.createEDIStreamWriter(out);
        writer.setControlSchema(CONTROL_SCHEMA);
        X12InterchangeWriter interchange = new X12InterchangeWriter(writer, delimiters,
                header, numbers.nextInterchange(), numbers.nextGroup());
        interchange.writeHeaders();
        return interchange;
    }

    /** ISA13 and IEA02. */
    public long interchangeControlNumber() {
        return interchangeControlNumber;
    }

    /** GS06 and GE02. */
    public long groupControlNumber() {
        return groupControlNumber;
    }

    /** ST02 of each set written so far, in order. */
    public List<String> transactionSetControlNumbers() {
        return Collections.unmodifiableList(transactionSetControlNumbers);
    }

    /**
     * Writes ST (the set's identifier, the next control number, the header's version), the body, and
     * SE with the number of segments from ST to SE inclusive.
     *
     * @return the set's control number (ST02 = SE02)
     */
    public String transactionSet(String identifier, Consumer<SegmentWriter> body) {
        if (closed) {
            throw new IllegalStateException("The interchange is closed");
        }
        String controlNumber = String.format("%04d", transactionSetControlNumbers.size() + 1);
        SegmentWriter segments = new SegmentWriter(writer, delimiters);
        segments.segment("ST", identifier, controlNumber, header.version());
        body.accept(segments);
        segments.segment("SE", String.valueOf(segments.count() + 1), controlNumber);
        transactionSetControlNumbers.add(controlNumber);
        return controlNumber;
    }

    /** Writes GE and IEA and flushes; the output stream stays open (it belongs to the caller). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            SegmentWriter trailer = new SegmentWriter(writer, delimiters);
            trailer.segment("GE", String.valueOf(transactionSetControlNumbers.size()), String.valueOf(groupControlNumber));
            trailer.segment("IEA", "1", isaControlNumber());
            writer.endInterchange();
            writer.flush();
        } catch (EDIStreamException e) {
            throw new X12WriteException("Cannot end the interchange: " + e.getMessage(), e);
        }
    }

    private void writeHeaders() {
        try {
            writer.startInterchange();
            SegmentWriter headers = new SegmentWriter(writer, delimiters);
            writer.writeStartSegment("ISA");
            fixed("00", 2);                      // ISA01 no authorization information
            fixed("", 10);                       // ISA02
            fixed("00", 2);                      // ISA03 no security information
            fixed("", 10);                       // ISA04
            fixed(header.sender().qualifier(), 2);
            fixed(header.sender().id(), 15);
            fixed(header.receiver().qualifier(), 2);
            fixed(header.receiver().id(), 15);
            fixed(header.created().format(ISA_DATE), 6);
            fixed(header.created().format(TIME), 4);
            fixed(String.valueOf(delimiters.repetition()), 1);
            fixed(INTERCHANGE_VERSION, 5);
            fixed(isaControlNumber(), 9);
            fixed("0", 1);                       // ISA14 no TA1 requested
            fixed(header.production() ? "P" : "T", 1);
            fixed(String.valueOf(delimiters.component()), 1);
            writer.writeEndSegment();
            headers.segment("GS", header.functionalIdentifier(), header.sender().id(), header.receiver().id(),
                    header.created().format(GS_DATE), header.created().format(TIME),
                    String.valueOf(groupControlNumber), "X", header.version());
        } catch (EDIStreamException e) {
            throw new X12WriteException("Cannot start the interchange: " + e.getMessage(), e);
        }
    }

    private static Schema controlSchema() {
        try {
            return SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12, new String[] {INTERCHANGE_VERSION});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI has no X12 " + INTERCHANGE_VERSION + " envelope schema", e);
        }
    }

    /** ISA's elements have fixed widths: padded with spaces on the right. */
    private void fixed(String value, int width) throws EDIStreamException {
        writer.writeElement(String.format("%-" + width + "s", value));
    }

    private String isaControlNumber() {
        return String.format("%09d", interchangeControlNumber);
    }
}
