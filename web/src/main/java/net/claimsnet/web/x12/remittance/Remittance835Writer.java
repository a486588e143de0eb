package net.claimsnet.web.x12.remittance;

import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.web.x12.envelope.ControlNumbers;
import net.claimsnet.web.x12.envelope.InterchangeHeader;
import net.claimsnet.web.x12.envelope.InterchangeParty;
import net.claimsnet.web.x12.envelope.SegmentWriter;
import net.claimsnet.web.x12.envelope.X12InterchangeWriter;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes payments as 835s: one interchange per payer and payee (sender the payer, receiver the payee),
 * one transaction set per payment. Every figure comes from the ledger's settled claims; the file is
 * read back and its balancing checked before it is handed out, so an 835 that would not reconcile is
 * never returned (an {@link UnbalancedRemittanceException} names what is off).
 */
public final class Remittance835Writer {

    /** GS08/ST03: the 835 implementation guide. */
    public static final String VERSION = "005010X221A1";
    /** GS01 for the health care claim payment/advice. */
    public static final String FUNCTIONAL_IDENTIFIER = "HP";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** CLP06: the ledger does not say which kind of plan pays; commercial insurance is this network's business. */
    static final String CLAIM_FILING_INDICATOR = "CI";
    /** CLP02: every claim on this network is paid as primary. */
    static final String PROCESSED_AS_PRIMARY = "1";
    /** CAS holds at most six reason/amount/quantity triplets. */
    private static final int TRIPLETS_PER_CAS = 6;

    private final ControlNumbers numbers;
    private final Clock clock;

    public Remittance835Writer(ControlNumbers numbers, Clock clock) {
        this.numbers = numbers;
        this.clock = clock;
    }

    /**
     * The 835 interchanges for the payments, checked: read back with StAEDI against the 835 schema and
     * balanced (sum of CLP04 = BPR02, CLP03 - CLP04 = adjustments, and so on). Nothing is returned
     * unless every check passes.
     */
    public byte[] write(List<Payment> payments) {
        byte[] edi = writeUnchecked(payments);
        Remittance835 readBack = Remittance835Reader.read(edi);
        if (!readBack.syntaxErrors().isEmpty()) {
            throw new IllegalStateException("The 835 written does not follow " + VERSION + ": " + readBack.syntaxErrors());
        }
        List<String> problems = Remittance835Balancing.problems(readBack);
        if (!problems.isEmpty()) {
            throw new UnbalancedRemittanceException(problems);
        }
        return edi;
    }

    /** The interchanges as written, without reading them back (the balancing tests feed this to the checks). */
    byte[] writeUnchecked(List<Payment> payments) {
        Map<String, List<Payment>> byPair = new LinkedHashMap<>();
        for (Payment payment : payments) {
            byPair.computeIfAbsent(payment.payer() + "|" + payment.payee(), k -> new ArrayList<>()).add(payment);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDateTime now = LocalDateTime.now(clock);
        for (List<Payment> pair : byPair.values()) {
            Payment first = pair.get(0);
            InterchangeHeader header = InterchangeHeader.of(InterchangeParty.of(first.payer()), InterchangeParty.of(first.payee()),
                    FUNCTIONAL_IDENTIFIER, VERSION, now);
            try (X12InterchangeWriter interchange = X12InterchangeWriter.open(out, header, numbers)) {
                for (Payment payment : pair) {
                    interchange.transactionSet("835", body -> writePayment(body, payment));
                }
            }
        }
        return out.toByteArray();
    }

    private static void writePayment(SegmentWriter body, Payment payment) {
        BigDecimal total = payment.total();
        boolean paid = total.signum() > 0;
        // BPR06-BPR15 (bank routing and accounts) are not on the ledger: see docs/x12-remittance.md.
        body.segment("BPR", paid ? "I" : "H", X12Amounts.of(total), "C", paid ? "ACH" : "NON", paid ? "CCP" : null,
                null, null, null, null, null, null, null, null, null, null, date(payment.paymentDate()));
        body.segment("TRN", "1", payment.traceNumber(), payerIdentifier(payment));
        body.segment("DTM", "405", date(payment.paymentDate()));
        body.segment("N1", "PR", payment.payer().getOrganisation());
        boolean hasNpi = payment.payeeNpi() != null && !payment.payeeNpi().isBlank();
        body.segment("N1", "PE", payment.payee().getOrganisation(), hasNpi ? "XX" : null, hasNpi ? payment.payeeNpi() : null);
        body.segment("LX", "1");
        for (ClaimState claim : payment.claims()) {
            writeClaim(body, claim);
        }
    }

    private static void writeClaim(SegmentWriter body, ClaimState claim) {
        ClaimDetails details = claim.getClaim();
        List<LineAdjudication> decided = claim.getAdjudication().getLines();
        BigDecimal charge = details.getServiceLines().stream().map(ServiceLine::getCharge).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal patientShare = claim.getAdjudication().totalPatientResponsibility();
        body.segment("CLP", details.getClaimId(), PROCESSED_AS_PRIMARY, X12Amounts.of(charge),
                X12Amounts.of(claim.getSettlement().getAmount()), patientShare.signum() == 0 ? null : X12Amounts.of(patientShare),
                CLAIM_FILING_INDICATOR, claim.getLinearId().getId().toString(), facility(details),
                details.getFrequencyCode() == null ? null : details.getFrequencyCode().code());
        body.segment("NM1", "QC", "1", details.getPatient().getLastName(), details.getPatient().getFirstName(), null, null, null,
                "MI", details.getPatient().getMemberId());
        for (ServiceLine line : details.getServiceLines()) {
            LineAdjudication decision = decided.stream().filter(d -> d.getSequence() == line.getSequence()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Claim " + details.getClaimId() + " has no decision for line "
                            + line.getSequence()));
            writeLine(body, line, decision);
        }
    }

    private static void writeLine(SegmentWriter body, ServiceLine line, LineAdjudication decision) {
        List<String> procedure = new ArrayList<>();
        procedure.add("HC");
        procedure.add(line.getProcedureCode());
        line.getModifiers().stream().limit(4).forEach(procedure::add);
        body.segment("SVC", new SegmentWriter.Composite(procedure), X12Amounts.of(decision.getCharge()),
                X12Amounts.of(decision.getPaid()), null, line.getUnits() == 1 ? null : String.valueOf(line.getUnits()));
        body.segment("DTM", "472", date(line.getDateOfService()));
        writeAdjustments(body, decision.getAdjustments());
        body.segment("REF", "6R", String.valueOf(line.getSequence()));
        body.segment("AMT", "B6", X12Amounts.of(decision.getAllowed()));
        Set<String> remarks = new LinkedHashSet<>();
        decision.getAdjustments().stream().map(Adjustment::getRarc).filter(r -> r != null && !r.isBlank()).forEach(remarks::add);
        remarks.forEach(remark -> body.segment("LQ", "HE", remark));
    }

    /** One CAS per group code, each reason code once (amounts of the same group and reason added), six per segment. */
    private static void writeAdjustments(SegmentWriter body, List<Adjustment> adjustments) {
        Map<AdjustmentGroup, Map<String, BigDecimal>> byGroup = new LinkedHashMap<>();
        for (Adjustment adjustment : adjustments) {
            if (adjustment.getAmount().signum() != 0) {
                byGroup.computeIfAbsent(adjustment.getGroup(), g -> new LinkedHashMap<>())
                        .merge(adjustment.getCarc(), adjustment.getAmount(), BigDecimal::add);
            }
        }
        byGroup.forEach((group, reasons) -> {
            List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(reasons.entrySet());
            for (int start = 0; start < entries.size(); start += TRIPLETS_PER_CAS) {
                List<Object> elements = new ArrayList<>();
                elements.add(group.name());
                for (Map.Entry<String, BigDecimal> reason : entries.subList(start, Math.min(entries.size(), start + TRIPLETS_PER_CAS))) {
                    elements.add(reason.getKey());
                    elements.add(X12Amounts.of(reason.getValue()));
                    elements.add(null);
                }
                body.segment("CAS", elements.toArray());
            }
        });
    }

    /** CLP08: the place of service of the claim's first line (professional claims carry it per line). */
    private static String facility(ClaimDetails details) {
        return details.getServiceLines().isEmpty() ? null : details.getServiceLines().get(0).getPlaceOfService();
    }

    /**
     * TRN03: the guide wants "1" followed by the payer's tax id. The ledger has no tax id, so the payer's
     * interchange id stands in, cut or padded to the element's fixed 10 characters.
     */
    static String payerIdentifier(Payment payment) {
        String id = "1" + InterchangeParty.of(payment.payer()).id();
        return id.length() >= 10 ? id.substring(0, 10) : String.format("%-10s", id).replace(' ', '0');
    }

    private static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** The bytes as text (X12 is ASCII). */
    public static String text(byte[] edi) {
        return new String(edi, StandardCharsets.US_ASCII);
    }
}
