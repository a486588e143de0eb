package net.claimsnet.web.x12.claims;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.claimsnet.web.x12.read.X12Segment;
import net.claimsnet.web.x12.read.X12Transaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the claims of an 837 transaction set the guide accepted onto the ledger's {@link ClaimDetails},
 * as docs/x12.md tabulates: billing provider NPI from 2010AA NM109, member and subscriber ids from
 * 2010BA NM109, the patient from 2010CA (a dependent) or 2010BA, the payer from 2010BB, diagnoses from
 * HI (ICD-10-CM codes get their dot back), lines from 2400 SV1/SV2 with their DTP*472 dates. What the
 * ledger cannot hold as sent (a fractional unit count, a total that is not the sum of the lines, an
 * unknown frequency) is a problem of that claim, not of the file.
 */
public final class Claim837Mapper {

    private static final Pattern POINTER = Pattern.compile("[0-9]{1,2}");
    private static final Pattern UNITS = Pattern.compile("[0-9]*\\.?[0-9]+");

    /**
     * An institutional claim's bill type (CLM05-1, facility type and care) as the nearest CMS place of
     * service, which the ledger's lines carry; bill types not listed keep their two digits (and the
     * scrub rules then name them).
     */
    static final Map<String, String> PLACE_OF_SERVICE_BY_BILL_TYPE = Map.ofEntries(
            Map.entry("11", "21"), Map.entry("12", "21"), Map.entry("13", "22"), Map.entry("14", "81"),
            Map.entry("18", "21"), Map.entry("21", "31"), Map.entry("22", "31"), Map.entry("23", "31"),
            Map.entry("32", "12"), Map.entry("33", "12"), Map.entry("34", "12"), Map.entry("71", "49"),
            Map.entry("73", "49"), Map.entry("83", "24"), Map.entry("85", "22"));

    private Claim837Mapper() {
    }

    public static List<Mapped837Claim> map(X12Transaction transaction, ClaimGuide.Verdict verdict) {
        return new Walk(verdict.type(), verdict.loopOfSegment()).run(transaction.segments());
    }

    /** The running context of the walk: the levels above the claim, then the claim and its lines. */
    private static final class Walk {
        private final ClaimType type;
        private final String[] loops;
        private final List<Mapped837Claim> claims = new ArrayList<>();

        private String billingNpi;
        private String subscriberId;
        private String planId;
        private Person subscriber;
        private Person patient;
        private String payerId;

        private ClaimBuilder claim;
        private LineBuilder line;

        Walk(ClaimType type, String[] loops) {
            this.type = type;
            this.loops = loops;
        }

        List<Mapped837Claim> run(List<X12Segment> segments) {
            for (int i = 0; i < segments.size(); i++) {
                X12Segment s = segments.get(i);
                String loop = loops[i] == null ? "" : loops[i];
                switch (s.tag()) {
                    case "HL" -> {
                        finishClaim();
                        switch (s.element(3)) {
                            case "20" -> billingNpi = null;
                            case "22" -> {
                                subscriberId = null;
                                planId = null;
                                subscriber = new Person();
                                patient = null;
                                payerId = null;
                            }
                            case "23" -> patient = new Person();
                            default -> {
                                // the guide check reported it
                            }
                        }
                    }
                    case "SBR" -> {
                        if ("2000B".equals(loop)) {
                            planId = blankToNull(s.element(3));
                        }
                    }
                    case "NM1" -> name(s, loop);
                    case "DMG" -> demographics(s, loop);
                    case "CLM" -> {
                        finishClaim();
                        claim = new ClaimBuilder(s);
                    }
                    case "REF" -> {
                        if (claim != null && "2300".equals(loop)) {
                            if ("G1".equals(s.element(1))) {
                                claim.priorAuthorization = s.element(2);
                            } else if ("F8".equals(s.element(1))) {
                                claim.originalReference = s.element(2);
                            }
                        }
                    }
                    case "DTP" -> date(s, loop);
                    case "HI" -> {
                        if (claim != null) {
                            claim.diagnoses(s);
                        }
                    }
                    case "LX" -> {
                        if (claim != null) {
                            line = new LineBuilder(claim.lines.size() + 1);
                            claim.lines.add(line);
                        }
                    }
                    case "SV1" -> {
                        if (line != null) {
                            line.professional(s, claim);
                        }
                    }
                    case "SV2" -> {
                        if (line != null) {
                            line.institutional(s, claim);
                        }
                    }
                    case "SE" -> finishClaim();
                    default -> {
                        // read for structure only
                    }
                }
            }
            return claims;
        }

        private void name(X12Segment s, String loop) {
            switch (loop) {
                case "2010AA" -> billingNpi = s.element(9);
                case "2010BA" -> {
                    subscriberId = s.element(9);
                    subscriber.name(s);
                }
                case "2010BB" -> payerId = s.element(9);
                case "2010CA" -> patient.name(s);
                default -> {
                    // other parties are not on the ledger's claim
                }
            }
        }

        private void demographics(X12Segment s, String loop) {
            Person who = "2010CA".equals(loop) ? patient : "2010BA".equals(loop) ? subscriber : null;
            if (who != null) {
                who.birthDate = parseDate(s.element(2));
                who.sex = switch (s.element(3)) {
                    case "F" -> Sex.F;
                    case "M" -> Sex.M;
                    default -> Sex.U;
                };
            }
        }

        private void date(X12Segment s, String loop) {
            LocalDate from = parseDate(s.element(3).length() >= 8 ? s.element(3).substring(0, 8) : "");
            if ("2400".equals(loop) && line != null && "472".equals(s.element(1))) {
                line.date = from;
            } else if ("2300".equals(loop) && claim != null && ("472".equals(s.element(1)) || "434".equals(s.element(1)))) {
                claim.serviceDate = from;
            }
        }

        private void finishClaim() {
            if (claim == null) {
                return;
            }
            claims.add(claim.build(this));
            claim = null;
            line = null;
        }
    }

    private static final class Person {
        String lastName;
        String firstName;
        LocalDate birthDate;
        Sex sex;

        void name(X12Segment nm1) {
            lastName = blankToNull(nm1.element(3));
            firstName = blankToNull(nm1.element(4));
        }
    }

    private static final class ClaimBuilder {
        final X12Segment clm;
        final List<String> diagnoses = new ArrayList<>();
        final List<LineBuilder> lines = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        String priorAuthorization;
        String originalReference;
        LocalDate serviceDate;

        ClaimBuilder(X12Segment clm) {
            this.clm = clm;
        }

        void diagnoses(X12Segment hi) {
            for (int e = 1; e <= hi.elementCount(); e++) {
                String qualifier = hi.component(e, 1);
                String code = hi.component(e, 2);
                if (code.isEmpty()) {
                    continue;
                }
                switch (qualifier) {
                    case "ABK", "ABF" -> diagnoses.add(withDot(code));
                    // ICD-9-CM (before October 2015): kept as sent, and the scrub rules say it is not ICD-10-CM.
                    case "BK", "BF" -> diagnoses.add(code);
                    default -> {
                        // admitting, reason for visit, external cause, occurrence, value and condition codes:
                        // not on the ledger's claim
                    }
                }
            }
        }

        Mapped837Claim build(Walk walk) {
            String where = "CLM segment " + clm.position();
            BigDecimal total = decimal(clm.element(2));
            String facility = clm.component(5, 1);
            String frequency = clm.component(5, 3);
            FrequencyCode frequencyCode = switch (frequency) {
                case "1" -> FrequencyCode.ORIGINAL;
                case "7" -> FrequencyCode.REPLACEMENT;
                case "8" -> FrequencyCode.VOID;
                default -> {
                    problems.add(where + ": claim frequency " + frequency + " (CLM05-3) is not one the network files"
                            + " (1 original, 7 replacement, 8 void)");
                    yield null;
                }
            };
            if (frequencyCode != null && frequencyCode != FrequencyCode.ORIGINAL && originalReference == null) {
                problems.add(where + ": a replacement or void (CLM05-3 " + frequency + ") must name the claim it"
                        + " replaces in REF*F8 (its ledger id)");
            }
            String claimPlace = walk.type == ClaimType.INSTITUTIONAL
                    ? PLACE_OF_SERVICE_BY_BILL_TYPE.getOrDefault(facility, facility) : facility;
            List<ServiceLine> serviceLines = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (LineBuilder each : lines) {
                serviceLines.add(each.build(claimPlace, serviceDate, diagnoses.isEmpty() ? List.of() : List.of(1), problems));
                if (each.charge != null) {
                    sum = sum.add(each.charge);
                }
            }
            if (total != null && total.compareTo(sum) != 0) {
                problems.add(where + ": the claim's total charge " + total.toPlainString() + " (CLM02) is not the sum of its"
                        + " line charges, " + sum.toPlainString());
            }
            if (walk.subscriberId == null || walk.subscriberId.isEmpty()) {
                problems.add(where + ": no subscriber id (2010BA NM109)");
            }
            Person who = walk.patient != null ? walk.patient : walk.subscriber;
            ClaimDetails details = null;
            if (walk.subscriberId != null && !walk.subscriberId.isEmpty() && who != null) {
                // 5010 carries only the subscriber's member id; the insurer tells a dependent by name and birth date.
                Patient patient = new Patient(walk.subscriberId, who.firstName, who.lastName, who.birthDate, who.sex);
                details = new ClaimDetails(clm.element(1), walk.type, ClaimUse.CLAIM, patient, walk.subscriberId,
                        blankToNull(walk.billingNpi), blankToNull(walk.payerId), diagnoses, blankToNull(priorAuthorization),
                        frequencyCode == null ? FrequencyCode.ORIGINAL : frequencyCode, null, List.of(), serviceLines);
            }
            return new Mapped837Claim(clm.element(1), clm.position(), total, details, walk.planId, frequency,
                    blankToNull(originalReference), problems);
        }
    }

    private static final class LineBuilder {
        final int sequence;
        String procedure;
        List<String> modifiers = List.of();
        BigDecimal charge;
        String units;
        String place;
        List<Integer> pointers = List.of();
        LocalDate date;
        int position;

        LineBuilder(int sequence) {
            this.sequence = sequence;
        }

        void professional(X12Segment sv1, ClaimBuilder claim) {
            position = sv1.position();
            procedure = blankToNull(sv1.component(1, 2));
            modifiers = components(sv1, 1, 3, 6);
            charge = decimal(sv1.element(2));
            units = sv1.element(4);
            place = blankToNull(sv1.element(5));
            List<Integer> read = new ArrayList<>();
            for (int c = 1; c <= sv1.componentCount(7); c++) {
                String pointer = sv1.component(7, c);
                if (POINTER.matcher(pointer).matches()) {
                    read.add(Integer.parseInt(pointer));
                }
            }
            pointers = read;
        }

        void institutional(X12Segment sv2, ClaimBuilder claim) {
            position = sv2.position();
            procedure = blankToNull(sv2.component(2, 2));
            modifiers = components(sv2, 2, 3, 6);
            charge = decimal(sv2.element(3));
            units = sv2.element(5);
            pointers = null; // an 837I line points at no diagnosis: the principal one
        }

        ServiceLine build(String claimPlace, LocalDate claimDate, List<Integer> principal, List<String> problems) {
            int count = 0;
            BigDecimal quantity = units == null || !UNITS.matcher(units).matches() ? null : new BigDecimal(units);
            if (quantity != null) {
                if (quantity.stripTrailingZeros().scale() > 0) {
                    problems.add("Service line " + sequence + " (segment " + position + "): the ledger bills whole units; "
                            + units + " was sent");
                } else {
                    count = quantity.intValueExact();
                }
            }
            return new ServiceLine(sequence, procedure, modifiers, count,
                    charge == null ? null : charge.setScale(2, RoundingMode.HALF_UP), date != null ? date : claimDate,
                    place != null ? place : claimPlace, pointers == null ? principal : pointers);
        }
    }

    private static List<String> components(X12Segment segment, int element, int from, int to) {
        List<String> values = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            String value = segment.component(element, c);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    /** ICD-10-CM codes travel without their dot in X12 (E119); the ledger and reference data write E11.9. */
    static String withDot(String code) {
        return code.length() > 3 && code.indexOf('.') < 0 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }

    static BigDecimal decimal(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static LocalDate parseDate(String ccyymmdd) {
        return ElementChecks.dateOf(ccyymmdd);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
