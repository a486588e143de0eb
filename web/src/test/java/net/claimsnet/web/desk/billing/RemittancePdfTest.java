package net.claimsnet.web.desk.billing;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import net.claimsnet.web.desk.claims.ClaimRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RemittancePdfTest {

    @Test
    void thePdfListsEveryPaymentOfTheRangeAcrossPagesWithTheTotals() throws Exception {
        List<ClaimRow> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(RemittanceCsvTest.row("CLM-" + i, "Patient " + i, "10.00", "2.50", LocalDate.of(2025, 4, 1), "EFT-" + i));
        }

        byte[] pdf = RemittancePdf.bytes(new Remittance(LocalDate.of(2025, 3, 1), null, rows), "St. Mary Hospital");

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        assertThat(text).contains("St. Mary Hospital").contains("2025-03-01 to today").contains("Total (60 payments)")
                .contains("$600.00").contains("$150.00");
        for (int i = 1; i <= 60; i++) {
            assertThat(text).contains("EFT-" + i);
        }
    }
}
