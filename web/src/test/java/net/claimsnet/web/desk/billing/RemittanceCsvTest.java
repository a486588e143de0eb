package net.claimsnet.web.desk.billing;

import net.claimsnet.web.desk.claims.ClaimRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RemittanceCsvTest {

    static ClaimRow row(String claimId, String patient, String paid, String share, LocalDate paidOn, String trace) {
        return ClaimRow.builder("ledger-" + claimId, claimId).memberId("M-1001").patientName(patient)
                .firstDateOfService(LocalDate.of(2025, 3, 10)).totalCharge(new BigDecimal("190.00"))
                .payment(new BigDecimal(paid), paidOn, trace).patientPays(new BigDecimal(share)).build();
    }

    @Test
    void theCsvHasAHeaderOneLinePerPaymentAndTheTotals() {
        Remittance remittance = new Remittance(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), List.of(
                row("CLM-1", "Jane Doe", "120.5", "25.00", LocalDate.of(2025, 4, 1), "EFT-1"),
                row("CLM-2", "John Roe", "80.00", "0", LocalDate.of(2025, 4, 2), "EFT-2")));

        String csv = RemittanceCsv.text(remittance);

        assertThat(csv.split("\r\n")).containsExactly(
                "Claim id,Member id,Patient,First date of service,Total charge,Paid amount,Payment date,EFT trace number,Patient share",
                "CLM-1,M-1001,Jane Doe,2025-03-10,190.00,120.50,2025-04-01,EFT-1,25.00",
                "CLM-2,M-1001,John Roe,2025-03-10,190.00,80.00,2025-04-02,EFT-2,0.00",
                "Total (2 payments),,,,380.00,200.50,,,25.00");
        assertThat(csv).endsWith("\r\n");
        assertThat(RemittanceCsv.bytes(remittance)).isEqualTo(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cellsWithCommasOrQuotesAreQuotedAndFormulasAreDisarmed() {
        Remittance remittance = new Remittance(null, null, List.of(
                row("CLM-3", "Doe, \"Jane\"", "10.00", "0.00", LocalDate.of(2025, 4, 1), "=HYPERLINK(\"x\")")));

        String line = RemittanceCsv.text(remittance).split("\r\n")[1];

        assertThat(line).isEqualTo("CLM-3,M-1001,\"Doe, \"\"Jane\"\"\",2025-03-10,190.00,10.00,2025-04-01,\"'=HYPERLINK(\"\"x\"\")\",0.00");
    }

    @Test
    void theCsvHoldsEveryRowOfTheRangeNotOnlyOnePage() {
        List<ClaimRow> rows = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            rows.add(row("CLM-" + i, "Patient " + i, "1.00", "0.00", LocalDate.of(2025, 4, 1), "EFT-" + i));
        }

        String[] lines = RemittanceCsv.text(new Remittance(null, null, rows)).split("\r\n");

        assertThat(lines).hasSize(1 + 45 + 1);
        assertThat(lines[45]).startsWith("CLM-45,");
        assertThat(lines[46]).isEqualTo("Total (45 payments),,,,8550.00,45.00,,,0.00");
    }
}
