package net.claimsnet.web.desk.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Chart.js configuration a {@code p:chart} draws (PrimeFaces 15 takes the chart as JSON): one
 * series of numbers over labels, as bars, a line or a doughnut, in the desk's colours.
 */
public final class ChartJson {

    /** The desk's accent and status colours (desk.css), which meet AA contrast against white. */
    private static final List<String> PALETTE = List.of("#0b5cad", "#1b6e32", "#a4161a", "#7a4b00", "#0b3d6e",
            "#4a5562", "#6b3fa0", "#00737a", "#8a2b5c", "#3d5a00", "#5c3d1e");

    private ChartJson() {
    }

    public static String bar(String seriesLabel, List<String> labels, List<? extends Number> values) {
        return chart("bar", seriesLabel, labels, values, false);
    }

    public static String line(String seriesLabel, List<String> labels, List<? extends Number> values) {
        return chart("line", seriesLabel, labels, values, false);
    }

    public static String doughnut(String seriesLabel, List<String> labels, List<? extends Number> values) {
        return chart("doughnut", seriesLabel, labels, values, true);
    }

    private static String chart(String type, String seriesLabel, List<String> labels, List<? extends Number> values,
                                boolean colourEach) {
        String colours = colourEach
                ? "[" + java.util.stream.IntStream.range(0, labels.size()).mapToObj(i -> quote(PALETTE.get(i % PALETTE.size())))
                .collect(Collectors.joining(",")) + "]"
                : quote(PALETTE.get(0));
        boolean axes = !"doughnut".equals(type);
        return "{\"type\":" + quote(type)
                + ",\"data\":{\"labels\":[" + labels.stream().map(ChartJson::quote).collect(Collectors.joining(",")) + "]"
                + ",\"datasets\":[{\"label\":" + quote(seriesLabel)
                + ",\"data\":[" + values.stream().map(ChartJson::number).collect(Collectors.joining(",")) + "]"
                + ",\"backgroundColor\":" + colours + ",\"borderColor\":" + (colourEach ? "\"#ffffff\"" : quote(PALETTE.get(0)))
                + "}]}"
                + ",\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false"
                + ",\"plugins\":{\"legend\":{\"display\":" + colourEach + "}}"
                + (axes ? ",\"scales\":{\"y\":{\"beginAtZero\":true}}" : "")
                + "}}";
    }

    private static String number(Number value) {
        if (value == null) {
            return "0";
        }
        return value instanceof java.math.BigDecimal ? ((java.math.BigDecimal) value).toPlainString() : value.toString();
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        // Escaped also where HTML would read it: the JSON lands inside a script.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
