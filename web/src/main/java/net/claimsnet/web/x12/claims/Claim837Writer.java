package net.claimsnet.web.x12.claims;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.web.x12.write.X12Writer;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes claims as an 837P (005010X222A1), the inverse of {@link Claim837Mapper}: one interchange,
 * one group, one transaction set; a billing provider level (2000A) per run of claims with the same
 * NPI, and per claim a subscriber level (2000B, the patient is the subscriber: SBR02 18) with the
 * claim (2300) and its lines (2400). For round-trip tests, the benchmark and a practice system
 * that wants to send what the desk holds.
 */
public final class Claim837Writer {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** Who sends the file and who bills: what the 837 needs that the ledger's claim does not hold. */
    public record Sender(String submitterId, String submitterName, String receiverId, String receiverName,
                         String billingName, String street, String city, String state, String zip9, String taxId) {

        /** A sender for tests and the benchmark: a hospital in Springfield, IL. */
        public static Sender example(String submitterId) {
            return new Sender(submitterId, "ST MARY HOSPITAL", "CLAIMSNET", "CLAIMSNET NETWORK", "ST MARY HOSPITAL",
                    "1 HOSPITAL PLAZA", "SPRINGFIELD", "IL", "627010001", "371234567");
        }
    }

    private Claim837Writer() {
    }

    /**
     * @param planId the plan on the subscriber's card (SBR03) for every claim; may be null
     */
    public static String write(List<ClaimDetails> claims, String planId, Sender sender, String interchangeControlNumber,
                               LocalDateTime now) {
        Objects.requireNonNull(sender, "sender");
        X12Writer out = new X12Writer();
        out.interchange("ZZ", sender.submitterId(), "ZZ", sender.receiverId(), interchangeControlNumber, "P", now);
        out.group("HC", sender.submitterId(), sender.receiverId(), "1", ClaimGuide.PROFESSIONAL_GUIDE + "A1", now);
        out.transaction("837", "0001", ClaimGuide.PROFESSIONAL_GUIDE + "A1");
        out.segment("BHT", "0019", "00", interchangeControlNumber, now.format(CCYYMMDD),
                now.format(DateTimeFormatter.ofPattern("HHmm")), "CH");
        out.segment("NM1", "41", "2", sender.submitterName(), null, null, null, null, "46", sender.submitterId());
        out.segment("PER", "IC", "BILLING OFFICE", "TE", "2175550100");
        out.segment("NM1", "40", "2", sender.receiverName(), null, null, null, null, "46", sender.receiverId());
        int hl = 0;
        int billingLevel = 0;
        String billingNpi = null;
        for (ClaimDetails claim : claims) {
            if (billingNpi == null || !billingNpi.equals(claim.getBillingProviderNpi())) {
                billingNpi = claim.getBillingProviderNpi();
                billingLevel = ++hl;
                out.segment("HL", Integer.toString(billingLevel), null, "20", "1");
                out.segment("NM1", "85", "2", sender.billingName(), null, null, null, null, "XX", billingNpi);
                out.segment("N3", sender.street());
                out.segment("N4", sender.city(), sender.state(), sender.zip9());
                out.segment("REF", "EI", sender.taxId());
            }
            out.segment("HL", Integer.toString(++hl), Integer.toString(billingLevel), "22", "0");
            claim(out, claim, planId);
        }
        out.endTransaction();
        out.endGroup();
        out.endInterchange();
        return out.text();
    }

    private static void claim(X12Writer out, ClaimDetails claim, String planId) {
        var patient = claim.getPatient();
        out.segment("SBR", "P", "18", planId, null, null, null, null, null, "CI");
        out.segment("NM1", "IL", "1", patient.getLastName(), patient.getFirstName(), null, null, null, "MI",
                claim.getSubscriberId() != null ? claim.getSubscriberId() : patient.getMemberId());
        if (patient.getBirthDate() != null) {
            out.segment("DMG", "D8", patient.getBirthDate().format(CCYYMMDD),
                    patient.getSex() == null ? "U" : patient.getSex().name());
        }
        out.segment("NM1", "PR", "2", "PAYER", null, null, null, null, "PI", claim.getPayerId());
        String place = claim.getServiceLines().isEmpty() ? "11" : claim.getServiceLines().get(0).getPlaceOfService();
        String frequency = claim.getFrequencyCode() == null ? "1" : claim.getFrequencyCode().code();
        out.segment("CLM", claim.getClaimId(), claim.totalCharge().toPlainString(), null, null,
                new String[]{place, "B", frequency}, "Y", "A", "Y", "Y");
        if (claim.getOriginalClaimId() != null) {
            // a replacement or void names the claim it replaces by its ledger id, as the mapping reads it
            out.segment("REF", "F8", claim.getOriginalClaimId().getId().toString());
        }
        if (claim.getPriorAuthorizationNumber() != null) {
            out.segment("REF", "G1", claim.getPriorAuthorizationNumber());
        }
        List<String> diagnoses = claim.getDiagnosisCodes();
        Object[] hi = new Object[diagnoses.size()];
        for (int i = 0; i < diagnoses.size(); i++) {
            hi[i] = new String[]{i == 0 ? "ABK" : "ABF", diagnoses.get(i).replace(".", "")};
        }
        out.segment("HI", hi);
        for (ServiceLine line : claim.getServiceLines()) {
            out.segment("LX", Integer.toString(line.getSequence()));
            String[] procedure = new String[2 + line.getModifiers().size()];
            procedure[0] = "HC";
            procedure[1] = line.getProcedureCode();
            for (int m = 0; m < line.getModifiers().size(); m++) {
                procedure[2 + m] = line.getModifiers().get(m);
            }
            String[] pointers = line.getDiagnosisPointers().stream().map(String::valueOf).toArray(String[]::new);
            out.segment("SV1", procedure, line.getCharge().toPlainString(), "UN", Integer.toString(line.getUnits()),
                    line.getPlaceOfService(), null, pointers);
            out.segment("DTP", "472", "D8", line.getDateOfService().format(CCYYMMDD));
        }
    }
}
