package net.claimsnet.web.x12.claims;

import net.claimsnet.web.x12.read.X12Issue;
import net.claimsnet.web.x12.read.X12Issue.Kind;
import net.claimsnet.web.x12.read.X12Segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The element rules of the 837 guides this network relies on: required elements, code values, dates,
 * amounts and quantities, with the 999's IK403 codes (1 required missing, 7 invalid code, 8 invalid
 * date, 6 invalid characters, I10 "not used" present, I12 pattern failure). Most rules are errors;
 * a few the guides state but which leave the claim readable without doubt are notes (the billing
 * provider's five-digit ZIP, CLM06 sent on an 837I, a D8 statement date where RD8 is asked).
 */
final class ElementChecks {

    private static final Pattern AMOUNT = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern QUANTITY = AMOUNT;
    private static final Pattern ZIP9 = Pattern.compile("[0-9]{9}");
    private static final Pattern POINTER = Pattern.compile("[1-9]|1[0-2]");
    private static final Pattern LINE_NUMBER = Pattern.compile("[0-9]{1,6}");
    private static final Set<String> YES_NO = Set.of("Y", "N");
    private static final Set<String> PAYER_RESPONSIBILITY = Set.of("A", "B", "C", "D", "E", "F", "G", "H", "P", "S", "T", "U");
    private static final Set<String> CLAIM_FILING = Set.of("11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI",
            "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ");
    private static final Set<String> DIAGNOSIS_QUALIFIERS = Set.of("ABK", "ABF", "ABJ", "ABN", "APR", "BK", "BF", "BJ", "BN",
            "PR", "BBR", "BBQ", "BR", "BQ", "BP", "BO", "BH", "BE", "BG", "TC", "DR", "CAH", "BI", "BSR", "BS");
    private static final Set<String> PRINCIPAL = Set.of("ABK", "BK");
    private static final Set<String> PROCEDURE_QUALIFIERS = Set.of("HC", "ER", "IV", "WK", "HP");

    private final boolean professional;
    private final List<X12Issue> issues;
    private X12Segment segment;
    private String loop;
    private boolean firstHiSeen;

    ElementChecks(boolean professional, List<X12Issue> issues) {
        this.professional = professional;
        this.issues = issues;
    }

    void check(X12Segment segment, String loop) {
        this.segment = segment;
        this.loop = loop;
        switch (segment.tag()) {
            case "BHT" -> {
                code(1, 1, "1005", Set.of("0019"));
                code(2, 1, "353", Set.of("00", "18"));
                required(3, 1, "127");
                date(4, "373");
                code(6, 1, "640", Set.of("31", "CH", "RP"));
            }
            case "HL" -> {
                required(1, 1, "628");
                code(3, 1, "735", Set.of("20", "22", "23"));
                code(4, 1, "736", Set.of("0", "1"));
            }
            case "NM1" -> name();
            case "N3" -> required(1, 1, "166");
            case "N4" -> {
                required(1, 1, "19");
                if ("2010AA".equals(loop) && segment.has(3) && !ZIP9.matcher(segment.element(3)).matches()) {
                    add(Kind.NOTE, 3, 0, "116", "I12", "The billing provider's ZIP code must have nine digits");
                }
            }
            case "DMG" -> {
                code(1, 1, "1250", Set.of("D8"));
                date(2, "1251");
                code(3, 1, "1068", Set.of("F", "M", "U"));
            }
            case "SBR" -> {
                code(1, 1, "1138", PAYER_RESPONSIBILITY);
                code(9, 1, "1032", CLAIM_FILING);
            }
            case "PAT" -> {
                if ("2000C".equals(loop)) {
                    required(1, 1, "1069");
                }
            }
            case "CLM" -> claim();
            case "DTP" -> period();
            case "HI" -> diagnoses();
            case "LX" -> number(1, "554");
            case "SV1" -> {
                code(1, 1, "235", PROCEDURE_QUALIFIERS);
                required(1, 2, "234");
                amount(2, "782");
                code(3, 1, "355", Set.of("UN", "MJ"));
                quantity(4, "380");
                required(7, 1, "1328");
                for (int c = 1; c <= segment.componentCount(7); c++) {
                    String pointer = segment.component(7, c);
                    if (!pointer.isEmpty() && !POINTER.matcher(pointer).matches()) {
                        add(Kind.ERROR, 7, c, "1328", "7", "A diagnosis pointer must be 1 to 12");
                    }
                }
            }
            case "SV2" -> {
                required(1, 1, "234");
                if (segment.has(2)) {
                    code(2, 1, "235", PROCEDURE_QUALIFIERS);
                    required(2, 2, "234");
                }
                amount(3, "782");
                code(4, 1, "355", Set.of("UN", "DA"));
                quantity(5, "380");
            }
            default -> {
                // the guides' other segments are read for their structure only
            }
        }
    }

    private void name() {
        String entity = segment.element(1);
        required(1, 1, "98");
        code(2, 1, "1065", Set.of("1", "2"));
        if (!"87".equals(entity) && !"PE".equals(entity)) {
            required(3, 1, "1035");
        }
        if (segment.has(8) != segment.has(9)) {
            add(Kind.ERROR, segment.has(8) ? 9 : 8, 0, segment.has(8) ? "67" : "66", "2",
                    "NM108 and NM109 go together: an identification code needs its qualifier and the reverse");
        }
        switch (entity) {
            case "85" -> {
                code(8, 1, "66", Set.of("XX"));
                required(9, 1, "67");
            }
            case "IL", "QC" -> {
                if ("IL".equals(entity)) {
                    code(8, 1, "66", Set.of("MI", "II"));
                    required(9, 1, "67");
                }
            }
            case "PR" -> {
                code(8, 1, "66", Set.of("PI", "XV"));
                required(9, 1, "67");
            }
            default -> {
                // other parties: the standard's rules above
            }
        }
    }

    private void claim() {
        required(1, 1, "1028");
        if (segment.element(1).length() > 38) {
            add(Kind.ERROR, 1, 0, "1028", "5", "The patient control number may have at most 38 characters");
        }
        amount(2, "782");
        required(5, 1, "1331");
        code(5, 2, "1332", Set.of(professional ? "B" : "A"));
        required(5, 3, "1325");
        if (professional) {
            code(6, 1, "1073", YES_NO);
            code(7, 1, "1359", Set.of("A", "B", "C"));
        } else if (segment.has(6)) {
            add(Kind.NOTE, 6, 0, "1073", "I10", "CLM06 (provider signature) is not used in an 837I");
        }
        code(8, 1, "1073", Set.of("Y", "N", "W"));
        code(9, 1, "1363", Set.of("I", "Y"));
    }

    private void period() {
        required(1, 1, "374");
        String format = segment.element(2);
        code(2, 1, "1250", Set.of("D8", "RD8"));
        String value = segment.element(3);
        required(3, 1, "1251");
        if (value.isEmpty()) {
            return;
        }
        boolean valid = "RD8".equals(format) ? validRange(value) : !"D8".equals(format) || validDate(value);
        if (!valid) {
            add(Kind.ERROR, 3, 0, "1251", "8", "The date is not a valid " + format + " date ("
                    + ("RD8".equals(format) ? "CCYYMMDD-CCYYMMDD" : "CCYYMMDD") + ")");
        }
        if (!professional && "2300".equals(loop) && "434".equals(segment.element(1)) && "D8".equals(format)) {
            add(Kind.NOTE, 2, 0, "1250", "7", "The statement dates (DTP*434) must be a range (RD8)");
        }
    }

    private void diagnoses() {
        for (int e = 1; e <= segment.elementCount(); e++) {
            if (!segment.has(e)) {
                continue;
            }
            String qualifier = segment.component(e, 1);
            if (!DIAGNOSIS_QUALIFIERS.contains(qualifier)) {
                add(Kind.ERROR, e, 1, "1270", "7", "Code list qualifier is not one the 837 allows in HI");
                continue;
            }
            if (!firstHiSeen && e == 1 && !PRINCIPAL.contains(qualifier)) {
                add(Kind.ERROR, 1, 1, "1270", "7", "The first HI must start with the principal diagnosis (ABK or BK)");
            }
            if (segment.component(e, 2).isEmpty()) {
                add(Kind.ERROR, e, 2, "1271", "1", "The code is missing after its qualifier");
            }
        }
        firstHiSeen = true;
    }

    private void required(int element, int component, String reference) {
        boolean present = component == 1 ? !segment.element(element).isEmpty() : !segment.component(element, component).isEmpty();
        if (!present) {
            add(Kind.ERROR, element, segment.componentCount(element) > 1 || component > 1 ? component : 0, reference, "1",
                    "Required element " + segment.tag() + String.format("%02d", element)
                            + (component > 1 ? "-" + component : "") + " is missing");
        }
    }

    private void code(int element, int component, String reference, Set<String> allowed) {
        String value = segment.component(element, component);
        if (value.isEmpty()) {
            required(element, component, reference);
        } else if (!allowed.contains(value)) {
            add(Kind.ERROR, element, component > 1 ? component : 0, reference, "7",
                    segment.tag() + String.format("%02d", element) + (component > 1 ? "-" + component : "")
                            + " must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    private void date(int element, String reference) {
        String value = segment.element(element);
        if (value.isEmpty()) {
            required(element, 1, reference);
        } else if (!validDate(value)) {
            add(Kind.ERROR, element, 0, reference, "8", "The date is not a valid CCYYMMDD date");
        }
    }

    private void amount(int element, String reference) {
        String value = segment.element(element);
        if (value.isEmpty()) {
            required(element, 1, reference);
        } else if (!AMOUNT.matcher(value).matches()) {
            add(Kind.ERROR, element, 0, reference, "6", "An amount must be a decimal number");
        }
    }

    private void quantity(int element, String reference) {
        String value = segment.element(element);
        if (value.isEmpty()) {
            required(element, 1, reference);
        } else if (!QUANTITY.matcher(value).matches()) {
            add(Kind.ERROR, element, 0, reference, "6", "A quantity must be a decimal number");
        }
    }

    private void number(int element, String reference) {
        String value = segment.element(element);
        if (value.isEmpty()) {
            required(element, 1, reference);
        } else if (!LINE_NUMBER.matcher(value).matches()) {
            add(Kind.ERROR, element, 0, reference, "6", "A line number must be a whole number");
        }
    }

    private void add(Kind kind, int element, int component, String reference, String code, String text) {
        issues.add(X12Issue.element(kind, segment, loop, element, component, reference, code, text));
    }

    /** CCYYMMDD, a real calendar day. Read by hand: it is on every date of every claim, and a parser's exceptions cost. */
    static boolean validDate(String value) {
        return dateOf(value) != null;
    }

    /** The CCYYMMDD date, or null when it is not one. */
    static LocalDate dateOf(String value) {
        if (value == null || value.length() != 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        int year = Integer.parseInt(value, 0, 4, 10);
        int month = Integer.parseInt(value, 4, 6, 10);
        int day = Integer.parseInt(value, 6, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    static boolean validRange(String value) {
        int dash = value.indexOf('-');
        return dash == 8 && validDate(value.substring(0, 8)) && validDate(value.substring(9))
                && value.substring(0, 8).compareTo(value.substring(9)) <= 0;
    }
}
