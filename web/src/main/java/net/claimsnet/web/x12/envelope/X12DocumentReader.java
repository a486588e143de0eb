package net.claimsnet.web.x12.envelope;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads X12 with StAEDI: the envelope checked against StAEDI's control schema (counts, control
 * numbers), each transaction set against the schema given for its ST01 (none: envelope checks only),
 * every segment kept with its elements. Input that is not X12 at all gives one error, not an exception.
 */
public final class X12DocumentReader {

    private final Map<String, Schema> transactionSchemas;

    /** @param transactionSchemas StAEDI schemas by transaction set identifier (ST01), e.g. "835" */
    public X12DocumentReader(Map<String, Schema> transactionSchemas) {
        this.transactionSchemas = Map.copyOf(transactionSchemas);
    }

    /** A StAEDI schema from the class path, e.g. "/x12/835-005010X221A1.xml". */
    public static Schema schema(String resource) {
        try (InputStream in = X12DocumentReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No X12 schema " + resource + " on the class path");
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("The X12 schema " + resource + " is not valid: " + e.getMessage(), e);
        }
    }

    public X12Document read(byte[] edi) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        List<InterchangeTransaction> transactions = new ArrayList<>();
        List<X12Error> errors = new ArrayList<>();
        Reading reading = new Reading(transactions, errors);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(edi))) {
            while (reader.hasNext()) {
                reading.on(reader, reader.next());
            }
        } catch (EDIStreamException e) {
            Location at = e.getLocation();
            errors.add(new X12Error(at == null ? 0 : at.getSegmentPosition(), reading.segmentTag, 0, 0,
                    "NOT_READABLE_AS_X12", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (transactions.isEmpty() && errors.isEmpty()) {
            errors.add(new X12Error(0, "", 0, 0, "NO_TRANSACTION_SET", "no ST..SE in the input"));
        }
        return new X12Document(transactions, errors);
    }

    /** The state of one pass over the stream: where we are and what has been gathered. */
    private final class Reading {
        private final List<InterchangeTransaction> transactions;
        private final List<X12Error> errors;
        private InterchangeParty sender;
        private InterchangeParty receiver;
        private String interchangeControlNumber = "";
        private String segmentTag = "";
        private List<List<String>> elements;
        private List<String> composite;
        private List<InterchangeSegment> transactionSegments;

        Reading(List<InterchangeTransaction> transactions, List<X12Error> errors) {
            this.transactions = transactions;
            this.errors = errors;
        }

        void on(EDIStreamReader reader, EDIStreamEvent event) {
            switch (event) {
                case START_TRANSACTION -> transactionSegments = new ArrayList<>();
                case START_SEGMENT -> {
                    segmentTag = reader.getText();
                    elements = new ArrayList<>();
                }
                case START_COMPOSITE -> composite = new ArrayList<>();
                case END_COMPOSITE -> {
                    place(reader.getLocation().getElementPosition(), composite);
                    composite = null;
                }
                case ELEMENT_DATA -> onElement(reader);
                case END_SEGMENT -> onSegmentEnd(reader);
                case END_TRANSACTION -> {
                    if (transactionSegments != null && !transactionSegments.isEmpty()) {
                        InterchangeSegment st = transactionSegments.get(0);
                        transactions.add(new InterchangeTransaction(st.element(1), st.element(2), st.element(3), sender, receiver,
                                interchangeControlNumber, List.copyOf(transactionSegments)));
                    }
                    transactionSegments = null;
                }
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                    Location at = reader.getLocation();
                    String tag = event == EDIStreamEvent.SEGMENT_ERROR ? reader.getText() : segmentTag;
                    errors.add(new X12Error(at.getSegmentPosition(), tag,
                            event == EDIStreamEvent.SEGMENT_ERROR ? 0 : Math.max(0, at.getElementPosition()),
                            event == EDIStreamEvent.SEGMENT_ERROR ? 0 : Math.max(0, at.getComponentPosition()),
                            String.valueOf(reader.getErrorType()), reader.getReferenceCode()));
                }
                default -> {
                    // interchange and group boundaries and loops need no action: segments carry what is kept
                }
            }
        }

        private void onElement(EDIStreamReader reader) {
            String text = reader.getText();
            if (composite != null) {
                composite.add(text);
                return;
            }
            int position = reader.getLocation().getElementPosition();
            place(position, new ArrayList<>(List.of(text)));
            if ("ST".equals(segmentTag) && position == 1) {
                // StAEDI takes the transaction schema only while ST is being read.
                Schema schema = transactionSchemas.get(text);
                if (schema != null) {
                    reader.setTransactionSchema(schema);
                }
            }
        }

        private InterchangeParty party(String qualifier, String id) {
            String trimmed = id.trim();
            return qualifier.length() == 2 && !trimmed.isEmpty() && trimmed.length() <= InterchangeParty.MAX_ID_LENGTH
                    ? new InterchangeParty(qualifier, trimmed) : null;
        }

        /** Puts an element at its position; a repetition (the position again) keeps the first occurrence only. */
        private void place(int position, List<String> element) {
            if (position <= elements.size()) {
                return;
            }
            while (elements.size() < position - 1) {
                elements.add(new ArrayList<>(List.of("")));
            }
            elements.add(element);
        }

        private void onSegmentEnd(EDIStreamReader reader) {
            InterchangeSegment segment = new InterchangeSegment(segmentTag, reader.getLocation().getSegmentPosition(), elements);
            switch (segmentTag) {
                case "ISA" -> {
                    sender = party(segment.element(5), segment.element(6));
                    receiver = party(segment.element(7), segment.element(8));
                    interchangeControlNumber = segment.element(13).trim();
                }
                default -> {
                    if (transactionSegments != null) {
                        transactionSegments.add(segment);
                    }
                }
            }
        }
    }
}
