package net.claimsnet.web.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A claim as billing staff send it (FHIR Claim / X12 837P in JSON): dates as ISO {@code yyyy-MM-dd},
 * codes as strings, amounts as numbers. {@code insurer} names the payer's node (organisation or X.500
 * name) and may be left out when the network has one insurer. {@code planId} is the plan on the
 * patient's insurance card, which the provider's scrubbing rules check (the ledger's claim does not
 * carry it). Enumerations are strings, so that a wrong one is reported with its field.
 */
public record ClaimFilingInput(String claimId, String type, String use, PatientInput patient, String subscriberId,
                         String billingProviderNpi, String payerId, List<String> diagnosisCodes,
                         String priorAuthorizationNumber, List<String> attachments, List<LineInput> serviceLines,
                         String insurer, String planId) {

    public record PatientInput(String memberId, String firstName, String lastName, String birthDate, String sex) {
    }

    /** {@code sequence} defaults to the line's position (1-based). */
    public record LineInput(Integer sequence, String procedureCode, List<String> modifiers, Integer units,
                            BigDecimal charge, String dateOfService, String placeOfService,
                            List<Integer> diagnosisPointers) {
    }
}
