package net.claimsnet.node.desk;

import net.claimsnet.rules.ClaimHistory;
import net.claimsnet.rules.DuplicateServices;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.ServiceLine;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The duplicate edit (CARC 18) applied to an adjuster's own decision: a line the adjuster would pay
 * must not bill a service that another live claim of the member already got paid for
 * ({@link DuplicateServices}, the rules' definition, asked of a history of paid services). A
 * replacement does not count the claim it replaces.
 */
final class ManualDuplicateCheck {

    private final ClaimHistory history;

    ManualDuplicateCheck(ClaimHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * @throws ClaimConflictException naming the first paid line that duplicates an earlier claim, that claim,
     *                                and what the adjuster can do instead
     */
    void requireNoDuplicatePaid(ClaimState claim, Adjudication decision) {
        ClaimDetails details = claim.getClaim();
        String memberId = details.getPatient() == null ? null : details.getPatient().getMemberId();
        Set<String> notCounted = DuplicateServices.notCounted(details.getClaimId(),
                details.getOriginalClaimId() == null ? null : details.getOriginalClaimId().toString());
        for (LineAdjudication decided : decision.getLines()) {
            if (decided.getPaid() == null || decided.getPaid().signum() <= 0) {
                continue;
            }
            ServiceLine line = details.getServiceLines().stream().filter(l -> l.getSequence() == decided.getSequence())
                    .findFirst().orElse(null);
            if (line == null || memberId == null) {
                continue;
            }
            Optional<String> earlier = DuplicateServices.earlierClaim(history, memberId, details.getBillingProviderNpi(),
                    line.getProcedureCode(), line.getDateOfService(), notCounted);
            if (earlier.isPresent()) {
                throw new ClaimConflictException("Line " + decided.getSequence() + " cannot be paid: claim " + earlier.get()
                        + " was already paid for " + line.getProcedureCode() + " on " + line.getDateOfService()
                        + " for this member (OA-" + DuplicateServices.CARC + ", exact duplicate claim/service). Deny the line with"
                        + " group OA, reason " + DuplicateServices.CARC + "; if this claim corrects claim " + earlier.get()
                        + ", the provider files it as a replacement of that claim");
            }
        }
    }
}
