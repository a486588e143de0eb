package net.claimsnet.node.filing;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What makes two filings under one claim id the same filing: every field of the claim's details,
 * each in one canonical form (a charge of 120.0 from JSON and 120 from an 837 are the same amount).
 * The hash is what a reservation keeps; {@link #differences} names the fields (never their values,
 * which are PHI) in which a second filing departs from the first.
 */
public final class FilingFingerprint {

    private FilingFingerprint() {
    }

    /** The SHA-256, in hex, of the details' canonical form. */
    public static String of(ClaimDetails details) {
        StringBuilder canonical = new StringBuilder();
        fields(details).forEach((name, value) -> canonical.append(name).append('=').append(value).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The names of the fields whose values differ between the two filings, in the claim form's order. */
    public static List<String> differences(ClaimDetails first, ClaimDetails second) {
        Map<String, String> a = fields(first);
        Map<String, String> b = fields(second);
        List<String> differing = new ArrayList<>();
        a.forEach((name, value) -> {
            if (!Objects.equals(value, b.get(name))) {
                differing.add(name);
            }
        });
        b.keySet().stream().filter(name -> !a.containsKey(name)).forEach(differing::add);
        return differing;
    }

    private static Map<String, String> fields(ClaimDetails details) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("claimId", details.getClaimId());
        fields.put("type", String.valueOf(details.getType()));
        fields.put("use", String.valueOf(details.getUse()));
        Patient patient = details.getPatient();
        fields.put("patient", patient == null ? "null" : String.join("|", patient.getMemberId(), patient.getFirstName(),
                patient.getLastName(), String.valueOf(patient.getBirthDate()), String.valueOf(patient.getSex())));
        fields.put("subscriberId", String.valueOf(details.getSubscriberId()));
        fields.put("billingProviderNpi", String.valueOf(details.getBillingProviderNpi()));
        fields.put("payerId", String.valueOf(details.getPayerId()));
        fields.put("diagnosisCodes", String.valueOf(details.getDiagnosisCodes()));
        fields.put("priorAuthorizationNumber", String.valueOf(details.getPriorAuthorizationNumber()));
        fields.put("frequencyCode", String.valueOf(details.getFrequencyCode()));
        fields.put("originalClaimId", String.valueOf(details.getOriginalClaimId()));
        fields.put("attachmentHashes", String.valueOf(details.getAttachmentHashes()));
        List<ServiceLine> lines = details.getServiceLines();
        fields.put("serviceLines", String.valueOf(lines.size()));
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            fields.put("serviceLines[" + (i + 1) + "]", String.join("|", String.valueOf(line.getSequence()),
                    String.valueOf(line.getProcedureCode()), String.valueOf(line.getModifiers()),
                    String.valueOf(line.getUnits()), amount(line.getCharge()), String.valueOf(line.getDateOfService()),
                    String.valueOf(line.getPlaceOfService()), String.valueOf(line.getDiagnosisPointers())));
        }
        return fields;
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }
}
