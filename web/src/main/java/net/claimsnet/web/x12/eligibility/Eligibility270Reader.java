package net.claimsnet.web.x12.eligibility;

import net.claimsnet.web.x12.envelope.X12Document;
import net.claimsnet.web.x12.envelope.X12Error;
import net.claimsnet.web.x12.envelope.X12DocumentReader;
import net.claimsnet.web.x12.envelope.InterchangeSegment;
import net.claimsnet.web.x12.envelope.InterchangeTransaction;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads 270s: the envelope validated by StAEDI (segment counts, control numbers), then what a 271
 * needs checked in each transaction set: BHT, the information source (HL 20), receiver (HL 21 with
 * NM1*1P) and each subscriber (HL 22 with NM1*IL and its member id in NM109). The subscriber's
 * DTP*291 gives the date asked about (today when absent), EQ01 the service types (30 when absent).
 * A dependent loop (HL 23) is answered for its subscriber: this network gives each patient a member id.
 */
public final class Eligibility270Reader {

    /** GS08/ST03 of the eligibility guide. */
    public static final String VERSION = "005010X279A1";

    private static final X12DocumentReader READER = new X12DocumentReader(Map.of());
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    static final String HEALTH_BENEFIT_PLAN_COVERAGE = "30";

    private Eligibility270Reader() {
    }

    /** Every subscriber asked about, in order; {@link InvalidInquiryException} lists every problem when any is found. */
    public static List<EligibilityInquiry> read(byte[] edi, LocalDate today) {
        X12Document document = READER.read(stripByteOrderMark(edi));
        List<String> problems = new ArrayList<>();
        document.errors().stream().map(X12Error::toString).forEach(problems::add);
        List<EligibilityInquiry> inquiries = new ArrayList<>();
        if (problems.isEmpty()) {
            for (InterchangeTransaction transaction : document.transactions()) {
                if (!"270".equals(transaction.identifier())) {
                    problems.add("transaction set " + transaction.controlNumber() + ": ST01 is '" + transaction.identifier()
                            + "'; only 270 eligibility inquiries are answered here");
                } else {
                    inquiries.addAll(new TransactionReading(transaction, today, problems).read());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
        return inquiries;
    }

    private static byte[] stripByteOrderMark(byte[] edi) {
        String text = new String(edi, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1).getBytes(StandardCharsets.UTF_8) : edi;
    }

    /** One 270 transaction set, segment by segment. */
    private static final class TransactionReading {
        private final InterchangeTransaction transaction;
        private final LocalDate today;
        private final List<String> problems;
        private String reference;
        private InterchangeSegment receiver;
        private Subscriber subscriber;
        private final List<Subscriber> subscribers = new ArrayList<>();
        private String level = "";

        TransactionReading(InterchangeTransaction transaction, LocalDate today, List<String> problems) {
            this.transaction = transaction;
            this.today = today;
            this.problems = problems;
        }

        List<EligibilityInquiry> read() {
            for (InterchangeSegment segment : transaction.body()) {
                switch (segment.tag()) {
                    case "BHT" -> reference = segment.element(3);
                    case "HL" -> onLevel(segment);
                    case "NM1" -> onName(segment);
                    case "TRN" -> {
                        if (subscriber != null) {
                            subscriber.traces.add(new EligibilityInquiry.Trace(segment.element(2), segment.element(3)));
                        }
                    }
                    case "DMG" -> {
                        if (subscriber != null && "22".equals(level) && "D8".equals(segment.element(1))) {
                            subscriber.birthDate = date(segment, 2);
                        }
                    }
                    case "DTP" -> {
                        if (subscriber != null && "291".equals(segment.element(1))) {
                            subscriber.serviceDate = serviceDate(segment);
                        }
                    }
                    case "EQ" -> {
                        if (subscriber != null && !segment.element(1).isEmpty()) {
                            subscriber.serviceTypes.add(segment.element(1));
                        }
                    }
                    default -> {
                        // REF, N3, N4, PRV, INS, HI, III, AMT... do not change the answer this insurer gives
                    }
                }
            }
            String where = "transaction set " + transaction.controlNumber();
            if (reference == null || reference.isEmpty()) {
                problems.add(where + ": BHT with the inquiry's reference (BHT03) is required");
            }
            if (receiver == null) {
                problems.add(where + ": the information receiver (HL 21 with NM1*1P) is required");
            }
            if (subscribers.isEmpty()) {
                problems.add(where + ": no subscriber (HL 22 with NM1*IL) is asked about");
            }
            List<EligibilityInquiry> inquiries = new ArrayList<>();
            for (Subscriber asked : subscribers) {
                if (asked.name == null) {
                    problems.add(where + " segment " + asked.level.position() + ": the subscriber level has no NM1*IL");
                } else if (asked.name.element(9).isEmpty() || !"MI".equals(asked.name.element(8))) {
                    problems.add(where + " segment " + asked.name.position() + " (NM109): the member id is required, with NM108 'MI'");
                } else if (receiver != null) {
                    inquiries.add(new EligibilityInquiry(transaction.sender(), reference, receiver.element(2), receiver.element(3),
                            receiver.element(8),
                            receiver.element(9), asked.name.element(9), asked.name.element(3), asked.name.element(4), asked.birthDate,
                            asked.serviceDate == null ? today : asked.serviceDate,
                            asked.serviceTypes.isEmpty() ? List.of(HEALTH_BENEFIT_PLAN_COVERAGE) : List.copyOf(asked.serviceTypes),
                            List.copyOf(asked.traces)));
                }
            }
            return inquiries;
        }

        private void onLevel(InterchangeSegment hl) {
            level = hl.element(3);
            if ("22".equals(level)) {
                subscriber = new Subscriber(hl);
                subscribers.add(subscriber);
            } else if (!"23".equals(level)) {
                subscriber = null;
            }
        }

        private void onName(InterchangeSegment nm1) {
            if ("1P".equals(nm1.element(1)) && "21".equals(level)) {
                receiver = nm1;
            } else if ("IL".equals(nm1.element(1)) && subscriber != null && "22".equals(level)) {
                subscriber.name = nm1;
            }
        }

        private LocalDate serviceDate(InterchangeSegment dtp) {
            String format = dtp.element(2);
            if ("D8".equals(format)) {
                return date(dtp, 3);
            }
            if ("RD8".equals(format)) {
                String[] range = dtp.element(3).split("-");
                return date(dtp, 3, range[0]);
            }
            problems.add("segment " + dtp.position() + " (DTP02): the date format must be D8 or RD8; was '" + format + "'");
            return null;
        }

        private LocalDate date(InterchangeSegment segment, int element) {
            return date(segment, element, segment.element(element));
        }

        private LocalDate date(InterchangeSegment segment, int element, String value) {
            try {
                return LocalDate.parse(value, D8);
            } catch (DateTimeParseException e) {
                problems.add("segment " + segment.position() + " (" + segment.tag() + String.format("%02d", element)
                        + "): '" + value + "' is not a date as CCYYMMDD");
                return null;
            }
        }
    }

    /** What one HL 22 loop says. */
    private static final class Subscriber {
        private final InterchangeSegment level;
        private InterchangeSegment name;
        private LocalDate birthDate;
        private LocalDate serviceDate;
        private final List<String> serviceTypes = new ArrayList<>();
        private final List<EligibilityInquiry.Trace> traces = new ArrayList<>();

        Subscriber(InterchangeSegment level) {
            this.level = level;
        }
    }
}
