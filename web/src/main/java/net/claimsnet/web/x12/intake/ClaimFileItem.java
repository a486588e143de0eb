package net.claimsnet.web.x12.intake;

import net.claimsnet.web.x12.claims.Mapped837Claim;

/**
 * One claim of an uploaded file, as the background job works on it: where it came from (interchange
 * and transaction set control numbers) and what was read.
 */
public record ClaimFileItem(int position, String interchangeControlNumber, String transactionControlNumber,
                            Mapped837Claim claim) {

    /** What the system knows the item by: its place in the file. */
    public String key() {
        return interchangeControlNumber + "/" + transactionControlNumber + "/" + position;
    }

    /** What a person knows it by: the patient control number (CLM01). */
    public String label() {
        return claim.patientControlNumber();
    }
}
