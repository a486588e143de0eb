package net.claimsnet.web.x12.read;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file of one or more X12 interchanges into {@link X12Interchange}s. StAEDI finds the
 * delimiters in each ISA (any segment terminator, newline included; any component and repetition
 * separators), skips the line breaks and indentation between segments, and checks the envelopes: the
 * SE, GE and IEA counts and control numbers come back as trailer codes a 999 reports. A byte-order
 * mark and blank lines before the first ISA are tolerated. Input that is not X12 at all is a
 * {@link NotX12Exception}: there is nothing to acknowledge.
 *
 * <p>Thread-safe: each call makes its own StAEDI reader.
 */
public final class X12Reader {

    private static final EDIInputFactory FACTORY = factory();

    private static EDIInputFactory factory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        // Code values are the implementation guide's business (ClaimGuide): the reader checks structure and counts.
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        return factory;
    }

    public List<X12Interchange> read(byte[] content) {
        int start = firstIsa(content);
        Events events = new Events();
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(
                new ByteArrayInputStream(content, start, content.length - start))) {
            while (reader.hasNext()) {
                events.on(reader, reader.next());
            }
        } catch (EDIStreamException | RuntimeException e) {
            throw new NotX12Exception(events.whereStopped() + " the X12 could not be read further ("
                    + reasonOf(e) + "); nothing in the file was accepted", e);
        } catch (IOException e) {
            throw new NotX12Exception("The file could not be read: " + e.getMessage(), e);
        }
        if (events.inInterchange()) {
            throw new NotX12Exception(events.whereStopped() + " the file ends inside an interchange (no IEA); nothing in"
                    + " the file was accepted");
        }
        if (events.interchanges.isEmpty()) {
            throw new NotX12Exception("The file holds no X12 interchange (ISA..IEA)");
        }
        return events.interchanges;
    }

    /** Where the first ISA starts, past a UTF-8 byte-order mark and blank lines; refuses anything else. */
    static int firstIsa(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        if (content.length - i < 106 || content[i] != 'I' || content[i + 1] != 'S' || content[i + 2] != 'A') {
            if (i >= content.length) {
                throw new NotX12Exception("The file is empty: an 837 starts with an ISA segment");
            }
            throw new NotX12Exception("Not an X12 interchange: the file must start with an ISA segment (106 characters),"
                    + " but it starts with '" + printableStart(content, i) + "'");
        }
        return i;
    }

    private static String printableStart(byte[] content, int from) {
        StringBuilder start = new StringBuilder();
        for (int i = from; i < content.length && start.length() < 3; i++) {
            char c = (char) (content[i] & 0xFF);
            if (!Character.isLetterOrDigit(c)) {
                break;
            }
            start.append(c);
        }
        return start.length() == 0 ? "a character that is not a letter" : start.toString();
    }

    private static String reasonOf(Exception e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        // StAEDI quotes the input after "input:"; the answer must not echo data.
        int input = message.indexOf("; input:");
        return input >= 0 ? message.substring(0, input) : message;
    }

    /** Builds the interchanges from StAEDI's events. */
    private static final class Events {
        final List<X12Interchange> interchanges = new ArrayList<>();

        private String tag;
        private List<List<String>> elements;
        private int transactionPosition;
        private int interchangeCount;
        private int segmentsRead;

        private String[] isa;
        private List<X12Group> groups;
        private List<String> envelopeErrors;
        private String[] gs;
        private List<X12Transaction> transactions;
        private List<String> groupCodes;
        private List<X12Segment> segments;
        private List<X12Issue> issues;
        private List<String> transactionCodes;

        void on(EDIStreamReader reader, EDIStreamEvent event) {
            switch (event) {
                case START_INTERCHANGE -> {
                    interchangeCount++;
                    groups = new ArrayList<>();
                    envelopeErrors = new ArrayList<>();
                }
                case START_SEGMENT -> {
                    tag = reader.getText();
                    elements = new ArrayList<>();
                    segmentsRead++;
                    if ("ST".equals(tag)) {
                        transactionPosition = 1;
                    } else if (segments != null) {
                        transactionPosition++;
                    }
                }
                case ELEMENT_DATA -> data(reader.getLocation(), reader.getText());
                case END_SEGMENT -> endSegment();
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error(reader.getErrorType(), reader.getLocation());
                default -> {
                    // loops, composites, transaction and group boundaries: the segments say it all
                }
            }
        }

        private void data(Location location, String text) {
            if (elements == null) {
                return;
            }
            int element = location.getElementPosition();
            int component = Math.max(location.getComponentPosition(), 1);
            if (location.getElementOccurrence() > 1) {
                return;
            }
            while (elements.size() < element) {
                elements.add(new ArrayList<>(1));
            }
            List<String> components = elements.get(element - 1);
            while (components.size() < component - 1) {
                components.add("");
            }
            if (components.size() == component - 1) {
                components.add(text == null ? "" : text);
            }
        }

        private void endSegment() {
            List<List<String>> read = new ArrayList<>(elements.size());
            for (List<String> components : elements) {
                read.add(List.copyOf(components));
            }
            X12Segment segment = new X12Segment(tag, segments != null || "ST".equals(tag) ? transactionPosition : 0, read);
            switch (tag) {
                case "ISA" -> isa = values(segment, 16);
                case "GS" -> {
                    gs = values(segment, 8);
                    transactions = new ArrayList<>();
                    groupCodes = new ArrayList<>();
                }
                case "ST" -> {
                    segments = new ArrayList<>();
                    issues = new ArrayList<>();
                    transactionCodes = new ArrayList<>();
                    segments.add(segment);
                }
                case "SE" -> {
                    segments.add(segment);
                    X12Segment st = segments.get(0);
                    String guide = st.element(3).isEmpty() && gs != null ? gs[7] : st.element(3);
                    if (transactions != null) {
                        transactions.add(new X12Transaction(st.element(1), st.element(2), guide, segments, issues,
                                transactionCodes));
                    }
                    segments = null;
                }
                case "GE" -> {
                    if (gs != null && groups != null) {
                        groups.add(new X12Group(gs[0], gs[5], gs[7], gs[1], gs[2], transactions, groupCodes));
                    }
                    gs = null;
                    transactions = null;
                }
                case "IEA" -> {
                    if (isa != null) {
                        interchanges.add(new X12Interchange(isa[4].trim(), isa[5].trim(), isa[6].trim(), isa[7].trim(),
                                isa[12].trim(), isa[14].trim(), groups, envelopeErrors));
                    }
                    isa = null;
                    groups = null;
                }
                default -> {
                    if (segments != null) {
                        segments.add(segment);
                    }
                }
            }
            elements = null;
        }

        private void error(EDIStreamValidationError error, Location location) {
            String where = location.getSegmentTag();
            if ("SE".equals(where) && transactionCodes != null) {
                transactionCodes.add(error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH ? "3" : "4");
            } else if ("GE".equals(where) && groupCodes != null) {
                groupCodes.add(error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH ? "4" : "5");
            } else if (segments != null && issues != null) {
                X12Segment at = new X12Segment(where == null ? "?" : where, location.getSegmentPosition(), List.of());
                issues.add(location.getElementPosition() > 0
                        ? X12Issue.element(X12Issue.Kind.ERROR, at, null, location.getElementPosition(),
                        Math.max(location.getComponentPosition(), 0), null, elementCode(error), describe(error))
                        : X12Issue.segment(X12Issue.Kind.ERROR, at, null, segmentCode(error), describe(error)));
            } else if (envelopeErrors != null) {
                envelopeErrors.add((where == null ? "Envelope" : where) + ": " + describe(error));
            }
        }

        boolean inInterchange() {
            return isa != null;
        }

        String whereStopped() {
            return "After segment " + segmentsRead + (tag == null ? "" : " (" + tag + ")") + " of interchange "
                    + Math.max(interchangeCount, 1) + ",";
        }

        private static String[] values(X12Segment segment, int count) {
            String[] values = new String[count];
            for (int i = 0; i < count; i++) {
                values[i] = segment.element(i + 1);
            }
            return values;
        }
    }

    private static String describe(EDIStreamValidationError error) {
        String words = error.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The 999's IK304 code for StAEDI's segment error. */
    static String segmentCode(EDIStreamValidationError error) {
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID -> "1";
            case UNEXPECTED_SEGMENT -> "2";
            case MANDATORY_SEGMENT_MISSING -> "3";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "4";
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> "5";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> "6";
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> "7";
            default -> "8";
        };
    }

    /** The 999's IK403 code for StAEDI's element error. */
    static String elementCode(EDIStreamValidationError error) {
        return switch (error) {
            case REQUIRED_DATA_ELEMENT_MISSING -> "1";
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> "2";
            case TOO_MANY_DATA_ELEMENTS -> "3";
            case DATA_ELEMENT_TOO_SHORT -> "4";
            case DATA_ELEMENT_TOO_LONG -> "5";
            case INVALID_CHARACTER_DATA -> "6";
            case INVALID_CODE_VALUE -> "7";
            case INVALID_DATE -> "8";
            case INVALID_TIME -> "9";
            case EXCLUSION_CONDITION_VIOLATED -> "10";
            case TOO_MANY_REPETITIONS -> "12";
            case TOO_MANY_COMPONENTS -> "13";
            default -> "I12";
        };
    }
}
