package net.claimsnet.web.x12.remittance;

import net.claimsnet.web.x12.envelope.X12Document;
import net.claimsnet.web.x12.envelope.X12Error;
import net.claimsnet.web.x12.envelope.X12DocumentReader;
import net.claimsnet.web.x12.envelope.InterchangeSegment;
import net.claimsnet.web.x12.envelope.InterchangeTransaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads 835s with StAEDI, validated against the 005010X221A1 structure
 * ({@code /x12/835-005010X221A1.xml}), into the figures the balancing rules need.
 */
public final class Remittance835Reader {

    static final String SCHEMA = "/x12/835-005010X221A1.xml";

    private static final X12DocumentReader READER = new X12DocumentReader(Map.of("835", X12DocumentReader.schema(SCHEMA)));

    private Remittance835Reader() {
    }

    public static Remittance835 read(byte[] edi) {
        X12Document document = READER.read(edi);
        List<String> errors = new ArrayList<>();
        document.errors().stream().map(X12Error::toString).forEach(errors::add);
        List<Remittance835.Transaction> transactions = new ArrayList<>();
        for (InterchangeTransaction transaction : document.transactions()) {
            if ("835".equals(transaction.identifier())) {
                transactions.add(transaction(transaction, errors));
            }
        }
        return new Remittance835(transactions, errors);
    }

    private static Remittance835.Transaction transaction(InterchangeTransaction transaction, List<String> errors) {
        BigDecimal total = null;
        String trace = null;
        BigDecimal providerAdjustments = BigDecimal.ZERO;
        List<ClaimBuilder> claims = new ArrayList<>();
        ClaimBuilder claim = null;
        LineBuilder line = null;
        for (InterchangeSegment segment : transaction.body()) {
            switch (segment.tag()) {
                case "BPR" -> total = amount(segment, 2, errors);
                case "TRN" -> trace = segment.element(2);
                case "CLP" -> {
                    claim = new ClaimBuilder(segment, errors);
                    line = null;
                    claims.add(claim);
                }
                case "SVC" -> {
                    if (claim != null) {
                        line = new LineBuilder(segment, errors);
                        claim.lines.add(line);
                    }
                }
                case "CAS" -> {
                    List<Remittance835.Adjustment> adjustments = adjustments(segment, errors);
                    if (line != null) {
                        line.adjustments.addAll(adjustments);
                    } else if (claim != null) {
                        claim.adjustments.addAll(adjustments);
                    }
                }
                case "LQ" -> {
                    if (line != null) {
                        line.remarks.add(segment.element(2));
                    }
                }
                case "PLB" -> {
                    for (int amount = 4; amount <= 14; amount += 2) {
                        if (!segment.element(amount).isEmpty()) {
                            providerAdjustments = providerAdjustments.add(amount(segment, amount, errors));
                        }
                    }
                }
                default -> {
                    // other segments carry no amount the balancing rules use
                }
            }
        }
        return new Remittance835.Transaction(transaction.controlNumber(), total, trace,
                claims.stream().map(ClaimBuilder::build).toList(), providerAdjustments);
    }

    private static List<Remittance835.Adjustment> adjustments(InterchangeSegment segment, List<String> errors) {
        List<Remittance835.Adjustment> adjustments = new ArrayList<>();
        for (int reason = 2; reason <= 17; reason += 3) {
            if (!segment.element(reason).isEmpty()) {
                adjustments.add(new Remittance835.Adjustment(segment.element(1), segment.element(reason),
                        amount(segment, reason + 1, errors)));
            }
        }
        return adjustments;
    }

    private static BigDecimal amount(InterchangeSegment segment, int element, List<String> errors) {
        String text = segment.element(element);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add("segment " + segment.position() + " (" + segment.tag() + String.format("%02d", element)
                    + "): '" + text + "' is not an amount");
            return BigDecimal.ZERO;
        }
    }

    private static final class ClaimBuilder {
        private final String claimId;
        private final BigDecimal charge;
        private final BigDecimal paid;
        private final BigDecimal patientResponsibility;
        private final List<Remittance835.Adjustment> adjustments = new ArrayList<>();
        private final List<LineBuilder> lines = new ArrayList<>();

        ClaimBuilder(InterchangeSegment clp, List<String> errors) {
            claimId = clp.element(1);
            charge = amount(clp, 3, errors);
            paid = amount(clp, 4, errors);
            patientResponsibility = clp.element(5).isEmpty() ? null : amount(clp, 5, errors);
        }

        Remittance835.Claim build() {
            return new Remittance835.Claim(claimId, charge, paid, patientResponsibility, List.copyOf(adjustments),
                    lines.stream().map(LineBuilder::build).toList());
        }
    }

    private static final class LineBuilder {
        private final String procedure;
        private final BigDecimal charge;
        private final BigDecimal paid;
        private final List<Remittance835.Adjustment> adjustments = new ArrayList<>();
        private final List<String> remarks = new ArrayList<>();

        LineBuilder(InterchangeSegment svc, List<String> errors) {
            procedure = svc.composite(1);
            charge = amount(svc, 2, errors);
            paid = amount(svc, 3, errors);
        }

        Remittance835.Line build() {
            return new Remittance835.Line(procedure, charge, paid, List.copyOf(adjustments), List.copyOf(remarks));
        }
    }
}
