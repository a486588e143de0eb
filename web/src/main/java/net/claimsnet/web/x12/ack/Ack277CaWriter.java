package net.claimsnet.web.x12.ack;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.web.desk.jobs.BatchItemResult;
import net.claimsnet.web.x12.claims.Mapped837Claim;
import net.claimsnet.web.x12.intake.ClaimFile;
import net.claimsnet.web.x12.intake.ClaimFileItem;
import net.claimsnet.web.x12.read.X12Interchange;
import net.claimsnet.web.x12.write.X12Writer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes the 277CA (005010X214) for an 837 file: per received interchange, the claims its accepted
 * transaction sets carried that the network has dealt with so far, grouped by billing provider; each
 * accepted (STC A2:20, with the ledger id in REF*1K) or rejected (STC A3:21 and why, in STC12). A claim
 * still being filed is not in it yet: ask again when the file's status says it is finished.
 */
public final class Ack277CaWriter {

    public static final String GUIDE = "005010X214";
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MESSAGE_MAX = 264;

    private Ack277CaWriter() {
    }

    public static String write(ClaimFile file, Supplier<String> controlNumbers, LocalDateTime now) {
        X12Writer out = new X12Writer();
        String today = now.format(CCYYMMDD);
        String received = file.received().atZone(java.time.ZoneOffset.UTC).format(CCYYMMDD);
        for (var reviewed : file.review().interchanges()) {
            X12Interchange isa = reviewed.interchange();
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < file.items().size(); i++) {
                if (file.items().get(i).interchangeControlNumber().equals(isa.controlNumber()) && file.resultOf(i) != null) {
                    indexes.add(i);
                }
            }
            out.interchange(isa.receiverQualifier(), isa.receiverId(), isa.senderQualifier(), isa.senderId(),
                    controlNumbers.get(), isa.usage(), now);
            out.group("HN", isa.receiverId(), isa.senderId(), "1", GUIDE, now);
            out.transaction("277", "0001", GUIDE);
            out.segment("BHT", "0085", "08", isa.controlNumber(), today, now.format(DateTimeFormatter.ofPattern("HHmm")), "TH");
            out.segment("HL", "1", null, "20", "1");
            out.segment("NM1", "PR", "2", "CLAIMSNET", null, null, null, null, "46", isa.receiverId());
            out.segment("TRN", "1", isa.controlNumber());
            out.segment("DTP", "050", "D8", received);
            out.segment("DTP", "009", "D8", today);
            out.segment("HL", "2", "1", "21", "1");
            out.segment("NM1", "41", "2", "SUBMITTER", null, null, null, null, "46", isa.senderId());
            out.segment("TRN", "2", isa.controlNumber());
            BigDecimal acceptedAmount = BigDecimal.ZERO.setScale(2);
            BigDecimal rejectedAmount = BigDecimal.ZERO.setScale(2);
            int accepted = 0;
            Map<String, List<Integer>> byProvider = new LinkedHashMap<>();
            for (int i : indexes) {
                BatchItemResult result = file.resultOf(i);
                BigDecimal charge = charge(file.items().get(i).claim());
                if (result.isDone()) {
                    accepted++;
                    acceptedAmount = acceptedAmount.add(charge);
                } else {
                    rejectedAmount = rejectedAmount.add(charge);
                }
                byProvider.computeIfAbsent(npiOf(file.items().get(i).claim()), npi -> new ArrayList<>()).add(i);
            }
            out.segment("STC", new String[]{"A1", "19"}, today, "WQ", acceptedAmount.add(rejectedAmount).toPlainString());
            out.segment("QTY", "90", Integer.toString(accepted));
            out.segment("QTY", "AA", Integer.toString(indexes.size() - accepted));
            out.segment("AMT", "YU", acceptedAmount.toPlainString());
            out.segment("AMT", "YY", rejectedAmount.toPlainString());
            int hl = 2;
            for (Map.Entry<String, List<Integer>> provider : byProvider.entrySet()) {
                int providerLevel = ++hl;
                out.segment("HL", Integer.toString(providerLevel), "2", "19", "1");
                out.segment("NM1", "85", "2", "BILLING PROVIDER", null, null, null, null, "XX", provider.getKey());
                for (int i : provider.getValue()) {
                    out.segment("HL", Integer.toString(++hl), Integer.toString(providerLevel), "PT");
                    claimStatus(out, file.items().get(i), file.resultOf(i), today);
                }
            }
            out.endTransaction();
            out.endGroup();
            out.endInterchange();
        }
        return out.text();
    }

    private static void claimStatus(X12Writer out, ClaimFileItem item, BatchItemResult result, String today) {
        Mapped837Claim claim = item.claim();
        ClaimDetails details = claim.details();
        if (details != null) {
            out.segment("NM1", "QC", "1", details.getPatient().getLastName(), details.getPatient().getFirstName(), null, null,
                    null, "MI", details.getPatient().getMemberId());
        } else {
            out.segment("NM1", "QC", "1", "UNKNOWN");
        }
        out.segment("TRN", "2", claim.patientControlNumber());
        String charge = charge(claim).toPlainString();
        if (result.isDone()) {
            out.segment("STC", new String[]{"A2", "20"}, today, "WQ", charge);
            out.segment("REF", "1K", result.getReference());
        } else {
            String why = Objects.toString(result.getDetail(), "Rejected");
            out.segment("STC", new String[]{"A3", "21"}, today, "U", charge, null, null, null, null, null, null, null,
                    why.length() > MESSAGE_MAX ? why.substring(0, MESSAGE_MAX - 3) + "..." : why);
        }
        if (details != null && !details.getServiceLines().isEmpty()) {
            LocalDate from = null;
            LocalDate to = null;
            for (ServiceLine line : details.getServiceLines()) {
                LocalDate date = line.getDateOfService();
                if (date != null) {
                    from = from == null || date.isBefore(from) ? date : from;
                    to = to == null || date.isAfter(to) ? date : to;
                }
            }
            if (from != null) {
                out.segment("DTP", "472", "RD8", from.format(CCYYMMDD) + "-" + to.format(CCYYMMDD));
            }
        }
    }

    private static BigDecimal charge(Mapped837Claim claim) {
        return claim.chargeTotal() == null ? BigDecimal.ZERO.setScale(2) : claim.chargeTotal();
    }

    private static String npiOf(Mapped837Claim claim) {
        String npi = claim.details() == null ? null : claim.details().getBillingProviderNpi();
        return npi == null ? "UNKNOWN" : npi;
    }
}
