package net.claimsnet.web.desk.billing;

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
import net.claimsnet.web.desk.claims.ClaimRow;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** The remittance as a PDF (OpenPDF): a title with the range and the node, every payment, the totals. */
public final class RemittancePdf {

    private static final float[] WIDTHS = {16, 10, 16, 10, 10, 10, 10, 18, 10};

    private RemittancePdf() {
    }

    public static byte[] bytes(Remittance remittance, String provider) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Remittance " + remittance.getRangeText());
            document.open();
            document.add(new Paragraph("Payments received · " + provider, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            document.add(new Paragraph("Claims served " + remittance.getRangeText() + " · " + remittance.getCount()
                    + " payments", FontFactory.getFont(FontFactory.HELVETICA, 10)));
            document.add(new Paragraph(" "));
            document.add(table(remittance));
        } catch (DocumentException e) {
            throw new IllegalStateException("The remittance PDF could not be written: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Remittance remittance) throws DocumentException {
        PdfPTable table = new PdfPTable(WIDTHS.length);
        table.setWidthPercentage(100);
        table.setWidths(WIDTHS);
        table.setHeaderRows(1);
        Font header = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
        for (String title : RemittanceCsv.HEADER) {
            table.addCell(cell(title, header, Element.ALIGN_LEFT));
        }
        for (ClaimRow row : remittance.getRows()) {
            table.addCell(cell(row.getClaimId(), body, Element.ALIGN_LEFT));
            table.addCell(cell(row.getMemberId(), body, Element.ALIGN_LEFT));
            table.addCell(cell(row.getPatientName(), body, Element.ALIGN_LEFT));
            table.addCell(cell(date(row.getFirstDateOfService()), body, Element.ALIGN_LEFT));
            table.addCell(cell(money(row.getTotalCharge()), body, Element.ALIGN_RIGHT));
            table.addCell(cell(money(row.getPaidAmount()), body, Element.ALIGN_RIGHT));
            table.addCell(cell(date(row.getPaymentDate()), body, Element.ALIGN_LEFT));
            table.addCell(cell(row.getEftTraceNumber(), body, Element.ALIGN_LEFT));
            table.addCell(cell(money(row.getPatientPays()), body, Element.ALIGN_RIGHT));
        }
        PdfPCell total = cell("Total (" + remittance.getCount() + " payments)", header, Element.ALIGN_LEFT);
        total.setColspan(4);
        table.addCell(total);
        table.addCell(cell(money(remittance.getTotalCharge()), header, Element.ALIGN_RIGHT));
        table.addCell(cell(money(remittance.getTotalPaid()), header, Element.ALIGN_RIGHT));
        PdfPCell blank = cell("", header, Element.ALIGN_LEFT);
        blank.setColspan(2);
        table.addCell(blank);
        table.addCell(cell(money(remittance.getTotalPatientShare()), header, Element.ALIGN_RIGHT));
        return table;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.US).format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
