package net.claimsnet.web.desk.audit;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import net.claimsnet.node.desk.ClaimAuditEntry;
import net.claimsnet.node.desk.ClaimTransaction;
import net.claimsnet.node.desk.NodeReadLog;
import net.claimsnet.node.desk.TransactionIntegrity;
import net.claimsnet.states.ClaimStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDossierPdfTest {

    private static final Instant AT = Instant.parse("2025-04-01T12:00:00Z");

    private static AuditDossier dossier(List<TransactionIntegrity> integrity) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Claim id", "CLM-2025-0042");
        facts.put("Status", "SETTLED");
        return new AuditDossier("CLM-2025-0042", "6f1c0f8e-0000-4000-8000-000000000001", "SETTLED", facts,
                List.of(new AuditDossier.Line(1, "99213", "2025-03-10", new BigDecimal("150.00"), "REDUCED",
                        new BigDecimal("120.00"), new BigDecimal("20.00"), "CO-45 30.00, PR-1 100.00")),
                List.of(new ClaimTransaction("AB12CD", List.of("Submit"), AT, AT, null,
                        List.of("O=St. Mary Hospital,L=Boston,C=US", "O=Claims Notary,L=Zurich,C=CH"), true, ClaimStatus.SUBMITTED)),
                integrity,
                List.of(NodeReadLog.of("State Insurance Regulator",
                                List.of(new ClaimAuditEntry(AT, "auditor@regulator", "READ", "6f1c0f8e", "ALLOWED", null))),
                        NodeReadLog.of("Acme Health Insurance",
                                List.of(new ClaimAuditEntry(AT.minusSeconds(60), "adjuster@acme", "READ", "6f1c0f8e", "ALLOWED", null))),
                        NodeReadLog.unavailable("St. Mary Hospital", "St. Mary Hospital has not answered yet")),
                "State Insurance Regulator", "auditor@regulator", AT);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theDossierIsAPdfNamingTheClaimItsSignersItsVerdictAndItsReaders() throws Exception {
        byte[] pdf = AuditDossierPdf.write(dossier(List.of(new TransactionIntegrity("AB12CD", ClaimStatus.SUBMITTED,
                true, true, true, true, true, List.of()))));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("CLM-2025-0042", "99213", "St. Mary Hospital", "All 1 transactions verified",
                "auditor@regulator", "CO-45 30.00", "adjuster@acme", "Acme Health Insurance",
                "Not available from St. Mary Hospital: St. Mary Hospital has not answered yet");
    }

    @Test
    void aFailedCheckIsPrintedWithItsReason() throws Exception {
        byte[] pdf = AuditDossierPdf.write(dossier(List.of(new TransactionIntegrity("AB12CD", ClaimStatus.SUBMITTED,
                false, false, true, true, true, List.of("It was altered")))));

        assertThat(text(pdf)).contains("1 of 1 transactions failed", "It was altered", "FAILED");
    }
}
