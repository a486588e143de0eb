package net.claimsnet.web.desk.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import net.claimsnet.node.desk.ClaimTransaction;
import net.claimsnet.node.desk.TransactionIntegrity;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;

/** Writes an {@link AuditDossier} as a PDF: facts, lines and decisions, timeline, integrity, read log. */
public final class AuditDossierPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font HEADER_CELL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private AuditDossierPdf() {
    }

    public static byte[] write(AuditDossier dossier) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Audit dossier of claim " + dossier.claimId());
            document.addCreator("ClaimsNet claims desk");
            document.open();
            document.add(new Paragraph("Audit dossier: claim " + dossier.claimId(), TITLE));
            document.add(new Paragraph("Produced on " + dossier.node() + " by " + dossier.generatedBy() + " at "
                    + dossier.generatedAt(), BODY));

            heading(document, "Claim");
            PdfPTable facts = table(new float[]{1, 4});
            for (Map.Entry<String, String> fact : dossier.facts().entrySet()) {
                cell(facts, fact.getKey(), HEADER_CELL);
                cell(facts, fact.getValue(), BODY);
            }
            document.add(facts);

            heading(document, "Service lines and decisions");
            PdfPTable lines = table(new float[]{0.5f, 1, 1.2f, 1, 1.2f, 1, 1, 4},
                    "#", "Procedure", "Date of service", "Charge", "Decision", "Allowed", "Paid", "Adjustments");
            for (AuditDossier.Line line : dossier.lines()) {
                cell(lines, String.valueOf(line.sequence()), BODY);
                cell(lines, line.procedure(), BODY);
                cell(lines, line.dateOfService(), BODY);
                money(lines, line.charge());
                cell(lines, line.decision(), BODY);
                money(lines, line.allowed());
                money(lines, line.paid());
                cell(lines, line.adjustments(), BODY);
            }
            document.add(lines);

            heading(document, "Timeline");
            PdfPTable timeline = table(new float[]{1.2f, 1.2f, 2, 4, 0.8f, 4},
                    "Status after", "Command", "Recorded / time window", "Signed by", "Notarised", "Transaction");
            for (ClaimTransaction step : dossier.timeline()) {
                cell(timeline, String.valueOf(step.statusAfter()), BODY);
                cell(timeline, String.join(", ", step.commands()), BODY);
                cell(timeline, step.recordedAt() != null ? String.valueOf(step.recordedAt())
                        : step.timeWindowFrom() != null ? "from " + step.timeWindowFrom() : "", BODY);
                cell(timeline, String.join("\n", step.signers()), BODY);
                cell(timeline, step.notarised() ? "yes" : "no", BODY);
                cell(timeline, step.transactionId(), BODY);
            }
            document.add(timeline);

            heading(document, "Integrity");
            document.add(new Paragraph(IntegrityVerdict.of(dossier.integrity()), HEADER_CELL));
            PdfPTable integrity = table(new float[]{4, 1.2f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 4},
                    "Transaction", "Status after", "Id", "Signatures", "Contracts", "Notary", "Chain", "Problems");
            for (TransactionIntegrity result : dossier.integrity()) {
                cell(integrity, result.transactionId(), BODY);
                cell(integrity, String.valueOf(result.statusAfter()), BODY);
                cell(integrity, passed(result.idMatchesContent()), BODY);
                cell(integrity, passed(result.signaturesValid()), BODY);
                cell(integrity, passed(result.contractsValid()), BODY);
                cell(integrity, passed(result.notarised()), BODY);
                cell(integrity, passed(result.chainUnbroken()), BODY);
                cell(integrity, String.join("\n", result.problems()), BODY);
            }
            document.add(integrity);

            heading(document, "Read log on every node that gave it (newest first)");
            for (String gap : ReadLogRow.gaps(dossier.readLogs())) {
                document.add(new Paragraph("Not available from " + gap, BODY));
            }
            PdfPTable log = table(new float[]{2, 2, 2, 1.5f, 1, 2}, "Time", "Node", "User", "Action", "Outcome", "Note");
            for (ReadLogRow row : ReadLogRow.of(dossier.readLogs())) {
                cell(log, String.valueOf(row.at()), BODY);
                cell(log, row.node(), BODY);
                cell(log, row.actor(), BODY);
                cell(log, row.action(), BODY);
                cell(log, row.outcome(), BODY);
                cell(log, row.detail() == null ? "" : row.detail(), BODY);
            }
            document.add(log);
        } catch (DocumentException e) {
            throw new IllegalStateException("The audit dossier could not be written: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        for (String header : headers) {
            cell(table, header, HEADER_CELL);
        }
        table.setHeaderRows(headers.length == 0 ? 0 : 1);
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font) {
        table.addCell(new PdfPCell(new Phrase(text == null ? "" : text, font)));
    }

    private static void money(PdfPTable table, BigDecimal amount) {
        PdfPCell cell = new PdfPCell(new Phrase(amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString(), BODY));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private static String passed(boolean ok) {
        return ok ? "ok" : "FAILED";
    }
}
