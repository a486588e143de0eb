package net.claimsnet.web.x12.claims;

import net.claimsnet.states.ClaimDetails;

import java.math.BigDecimal;
import java.util.List;

/**
 * One 837 claim (loop 2300) as the network reads it: the ledger's claim details, the plan on the
 * subscriber's card (SBR03), the claim's frequency (CLM05-3) and, for a replacement or void, the
 * claim it names (REF*F8). {@code problems} lists why it cannot go to the ledger as sent (nothing is
 * filed then); each says where in the 837 it is.
 */
public record Mapped837Claim(String patientControlNumber, int segmentPosition, BigDecimal chargeTotal, ClaimDetails details,
                          String planId, String frequency, String originalClaimReference, List<String> problems) {

    public Mapped837Claim {
        problems = List.copyOf(problems);
    }

    public boolean isMappable() {
        return problems.isEmpty() && details != null;
    }
}
