package net.claimsnet.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What a duplicate service is (CARC 18), in one place for whoever decides a line: the adjudication
 * rules' edit ("Service already billed on an earlier claim is denied as a duplicate") and the claims
 * desk's check of an adjuster's own decision. A line duplicates an earlier claim when the
 * {@link ClaimHistory} holds a live claim, other than this one and the claim it replaces, with the same
 * {@link ServiceKey}: member, billing provider, procedure code and date of service.
 */
public final class DuplicateServices {

    /** The CARC of a duplicate claim or service. */
    public static final String CARC = "18";

    private DuplicateServices() {
    }

    /** The claims a duplicate search leaves out: the claim itself and, for a replacement, the claim it replaces. */
    public static Set<String> notCounted(String claimId, String originalClaimId) {
        return originalClaimId == null ? Set.of(String.valueOf(claimId)) : Set.of(String.valueOf(claimId), originalClaimId);
    }

    /** The id of an earlier live claim that billed the same service; empty when none did or the line lacks a code or date. */
    public static Optional<String> earlierClaim(ClaimHistory history, String memberId, String billingProviderNpi,
                                                String procedureCode, LocalDate dateOfService, Set<String> notCounted) {
        if (procedureCode == null || dateOfService == null) {
            return Optional.empty();
        }
        return history.findClaimWithService(new ServiceKey(memberId, billingProviderNpi, procedureCode, dateOfService),
                notCounted);
    }
}
