package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.Enrollment;
import net.claimsnet.rules.reference.CsvTable;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a coverage enrolment CSV file: a header naming the columns (any order, any case), then one
 * member per line. Each line is checked before anything is enrolled; a malformed line becomes a
 * rejection with its line number and what to fix, and the other lines go on. Only a file that cannot
 * be read as a whole (not UTF-8, no header, unknown or missing columns, too many lines) is refused.
 *
 * <p>Columns: {@code memberId}, {@code planId}, {@code effectiveFrom} (required), {@code subscriberId}
 * (empty: the member holds the policy), {@code effectiveTo} (empty: the end of the plan year). Dates
 * are {@code yyyy-MM-dd}. Fields may be quoted ({@code "..."}, a quote inside doubled); a quoted field
 * cannot span lines. A byte order mark, CRLF or LF line ends and blank lines are accepted.
 */
public final class EnrolmentCsv {

    public static final String MEMBER_ID = "memberId";
    public static final String SUBSCRIBER_ID = "subscriberId";
    public static final String PLAN_ID = "planId";
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String EFFECTIVE_TO = "effectiveTo";
    /** The columns in the order the sample file and the page list them. */
    public static final List<String> COLUMNS = List.of(MEMBER_ID, SUBSCRIBER_ID, PLAN_ID, EFFECTIVE_FROM, EFFECTIVE_TO);
    private static final List<String> REQUIRED = List.of(MEMBER_ID, PLAN_ID, EFFECTIVE_FROM);
    /** Enough for a large employer group in one file; bigger files are split so one upload stays minutes, not hours. */
    public static final int MAX_MEMBERS = 5000;

    /** The file cannot be read as a whole; the message says what to change. */
    public static final class FileRefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        FileRefusedException(String message) {
            super(message);
        }
    }

    /** Every member line of the file, in file order: those that passed the checks and those refused, with why. */
    public record Parsed(List<EnrolmentRow> lines) {

        public Parsed {
            lines = List.copyOf(lines);
        }

        /** The lines that passed the checks, in file order. */
        public List<EnrolmentRow> rows() {
            return lines.stream().filter(row -> !row.isRefused()).toList();
        }

        /** The lines the checks refused, in file order. */
        public List<EnrolmentRow> rejected() {
            return lines.stream().filter(EnrolmentRow::isRefused).toList();
        }

        /** Every member line of the file, good or bad. */
        public int lineCount() {
            return lines.size();
        }
    }

    private EnrolmentCsv() {
    }

    /**
     * @param knownPlans the insurer's plan ids; a line naming another plan is rejected here (empty: not checked)
     */
    public static Parsed parse(byte[] content, Collection<String> knownPlans) throws FileRefusedException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new FileRefusedException("The file is not UTF-8 text: save it as \"CSV UTF-8\" and upload it again.");
        }
        return parse(text, knownPlans);
    }

    public static Parsed parse(String text, Collection<String> knownPlans) throws FileRefusedException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int headerIndex = 0;
        while (headerIndex < lines.length && lines[headerIndex].isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.length) {
            throw new FileRefusedException("The file is empty: its first line must name the columns ("
                    + String.join(",", COLUMNS) + "), then one member per line.");
        }
        Map<String, Integer> columns = header(lines[headerIndex]);
        Set<String> plans = new TreeSet<>(knownPlans);
        List<EnrolmentRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() == MAX_MEMBERS) {
                throw new FileRefusedException("The file has more than " + MAX_MEMBERS
                        + " members: split it into files of at most " + MAX_MEMBERS + " lines each.");
            }
            int lineNumber = i + 1;
            List<String> fields = fields(lines[i]);
            if (fields == null) {
                rows.add(EnrolmentRow.refused(lineNumber, null,
                        "A quoted field is not closed: end it with a double quote (\") on the same line"));
            } else if (fields.size() != columns.size()) {
                rows.add(EnrolmentRow.refused(lineNumber, null, "The line has " + fields.size() + " field"
                        + (fields.size() == 1 ? "" : "s") + " but the header names " + columns.size()
                        + " columns: check for a missing or extra comma"));
            } else {
                rows.add(row(lineNumber, fields, columns, plans));
            }
        }
        if (rows.isEmpty()) {
            throw new FileRefusedException("The file has a header but no members: add one member per line under it.");
        }
        return new Parsed(rows);
    }

    /** A file to start from: the header and a member or two on the insurer's first plans. */
    public static String sample(List<String> planIds, int year) {
        String first = planIds.isEmpty() ? "PLAN-ID" : planIds.get(0);
        String second = planIds.size() > 1 ? planIds.get(1) : first;
        return String.join(",", COLUMNS) + "\r\n"
                + "M-100234,," + first + "," + year + "-01-01,\r\n"
                + "M-100235,M-100234," + first + "," + year + "-01-01," + year + "-06-30\r\n"
                + "M-100236,," + second + "," + year + "-03-01,\r\n";
    }

    private static Map<String, Integer> header(String line) throws FileRefusedException {
        List<String> names = fields(line);
        if (names == null) {
            throw new FileRefusedException("Line 1 (the header) has a quoted name that is not closed.");
        }
        Map<String, String> byLowerCase = COLUMNS.stream()
                .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String given = names.get(i).trim();
            String column = byLowerCase.get(given.toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new FileRefusedException("The header names a column \"" + given + "\" this file cannot have: the columns are "
                        + String.join(", ", COLUMNS) + " (the first line must name them).");
            }
            if (columns.putIfAbsent(column, i) != null) {
                throw new FileRefusedException("The header names the column " + column + " twice.");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileRefusedException("The header lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ": the first line must name at least " + String.join(", ", REQUIRED) + ".");
        }
        return columns;
    }

    private static EnrolmentRow row(int line, List<String> fields, Map<String, Integer> columns, Set<String> plans) {
        String memberId = value(fields, columns, MEMBER_ID);
        String planId = value(fields, columns, PLAN_ID);
        List<String> problems = new ArrayList<>();
        if (memberId == null) {
            problems.add("memberId is empty: give the member's id");
        }
        if (planId == null) {
            problems.add("planId is empty: give one of the plan ids listed on this page");
        } else if (!plans.isEmpty() && !plans.contains(planId)) {
            problems.add("planId " + planId + " is not one of this insurer's plans (" + String.join(", ", plans) + ")");
        }
        LocalDate from = date(value(fields, columns, EFFECTIVE_FROM), EFFECTIVE_FROM, true, problems);
        LocalDate to = date(value(fields, columns, EFFECTIVE_TO), EFFECTIVE_TO, false, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("effectiveTo " + to + " is before effectiveFrom " + from);
        }
        if (problems.isEmpty()) {
            return new EnrolmentRow(line, new Enrollment(memberId, value(fields, columns, SUBSCRIBER_ID), planId, from, to));
        }
        return EnrolmentRow.refused(line, memberId, String.join("; ", problems));
    }

    /** The trimmed field of that column; null when the column is absent or the field empty. */
    private static String value(List<String> fields, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = fields.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(String value, String column, boolean required, List<String> problems) {
        if (value == null) {
            if (required) {
                problems.add(column + " is empty: give the first covered day as yyyy-MM-dd");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(column + " \"" + value + "\" is not a date as yyyy-MM-dd (for example 2026-01-01)");
            return null;
        }
    }

    /** The line's fields (the reference data's CSV reading); null when a quoted field is not closed. */
    private static List<String> fields(String line) {
        return CsvTable.fields(line).orElse(null);
    }
}
