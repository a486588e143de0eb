package net.claimsnet.rules.reference;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * A small CSV reader for reference files: a header row, then data rows; fields may be quoted with
 * double quotes (a doubled quote inside is a quote); blank lines and lines starting with '#' are
 * comments. Typed getters report the file, line and column of a bad value.
 */
public final class CsvTable {

    private final String fileName;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private CsvTable(String fileName) {
        this.fileName = fileName;
    }

    public static CsvTable parse(String fileName, byte[] content, String... requiredColumns) {
        CsvTable table = new CsvTable(fileName);
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line, fileName, i + 1);
            if (!headerSeen) {
                for (int c = 0; c < fields.size(); c++) {
                    table.columns.put(fields.get(c).trim(), c);
                }
                headerSeen = true;
            } else {
                table.rows.add(table.new Row(i + 1, fields));
            }
        }
        if (!headerSeen) {
            throw new ReferenceDataException(fileName + ": the file has no header row");
        }
        for (String column : requiredColumns) {
            if (!table.columns.containsKey(column)) {
                throw new ReferenceDataException(fileName + ": the header lacks column '" + column + "'");
            }
        }
        return table;
    }

    public List<Row> rows() {
        return rows;
    }

    private static List<String> split(String line, String fileName, int lineNumber) {
        return fields(line).orElseThrow(() ->
                new ReferenceDataException(fileName + " line " + lineNumber + ": a quoted field is not closed"));
    }

    /**
     * One CSV line's fields, trimmed: commas separate, double quotes enclose a field that holds commas
     * ("" is a quote inside it). Empty when a quoted field is not closed.
     */
    public static Optional<List<String>> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        fields.add(field.toString().trim());
        return Optional.of(fields);
    }

    /** One data row; getters name the file, line and column when a value is missing or malformed. */
    public final class Row {
        private final int lineNumber;
        private final List<String> fields;

        private Row(int lineNumber, List<String> fields) {
            this.lineNumber = lineNumber;
            this.fields = fields;
        }

        /** The value, or null when the column is absent or the cell is empty. */
        public String optional(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= fields.size() || fields.get(index).isEmpty()) {
                return null;
            }
            return fields.get(index);
        }

        public String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw error(column, "a value is required");
            }
            return value;
        }

        /** Y or N (also true/false); an empty cell gives the default. */
        public boolean flag(String column, boolean whenEmpty) {
            String value = optional(column);
            if (value == null) {
                return whenEmpty;
            }
            return switch (value.toUpperCase()) {
                case "Y", "YES", "TRUE" -> true;
                case "N", "NO", "FALSE" -> false;
                default -> throw error(column, "'" + value + "' is not Y or N");
            };
        }

        /** A whole number, or null when the cell is empty. */
        public Integer optionalInt(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw error(column, "'" + value + "' is not a whole number");
            }
        }

        public int requiredInt(String column) {
            required(column);
            return optionalInt(column);
        }

        /** A non-negative decimal, or null when the cell is empty. */
        public BigDecimal optionalDecimal(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal amount = new BigDecimal(value);
                if (amount.signum() < 0) {
                    throw error(column, "'" + value + "' is negative");
                }
                return amount;
            } catch (NumberFormatException e) {
                throw error(column, "'" + value + "' is not a number");
            }
        }

        public BigDecimal requiredDecimal(String column) {
            required(column);
            return optionalDecimal(column);
        }

        public ReferenceDataException error(String column, String problem) {
            return new ReferenceDataException(fileName + " line " + lineNumber + ", column " + column + ": " + problem);
        }
    }
}
