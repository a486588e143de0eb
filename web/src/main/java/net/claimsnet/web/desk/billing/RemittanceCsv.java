package net.claimsnet.web.desk.billing;

import net.claimsnet.web.desk.claims.ClaimRow;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The remittance as CSV (RFC 4180: comma-separated, CRLF, quoted when needed), one row per payment and
 * a totals row, for the clerk's spreadsheet or accounting system. A text cell that a spreadsheet would
 * run as a formula (starting with =, +, - or @) is prefixed with an apostrophe.
 */
public final class RemittanceCsv {

    static final List<String> HEADER = List.of("Claim id", "Member id", "Patient", "First date of service",
            "Total charge", "Paid amount", "Payment date", "EFT trace number", "Patient share");

    private RemittanceCsv() {
    }

    public static byte[] bytes(Remittance remittance) {
        return text(remittance).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(Remittance remittance) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (ClaimRow row : remittance.getRows()) {
            line(csv, List.of(text(row.getClaimId()), text(row.getMemberId()), text(row.getPatientName()),
                    date(row.getFirstDateOfService()), amount(row.getTotalCharge()), amount(row.getPaidAmount()),
                    date(row.getPaymentDate()), text(row.getEftTraceNumber()), amount(row.getPatientPays())));
        }
        line(csv, List.of("Total (" + remittance.getCount() + " payments)", "", "", "",
                amount(remittance.getTotalCharge()), amount(remittance.getTotalPaid()), "", "",
                amount(remittance.getTotalPatientShare())));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Plain decimals with cents (1234.50), which every spreadsheet reads as a number. */
    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
