package net.claimsnet.web.x12.intake;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.node.desk.FlowStillRunningException;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.rules.model.Severity;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.web.api.NodeUnavailableException;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.x12.claims.Mapped837Claim;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Files one claim of an 837 the way the desk does, as the user who uploaded it: an original through
 * {@link ClaimDesk#submit} (the scrub rules first, then the ledger flow), a replacement (frequency 7)
 * through {@link ClaimDesk#replace}, a void (8) through {@link ClaimDesk#voidClaim}, both naming the
 * claim in REF*F8. Says what came of it in words (what the 277CA and the desk show): filed with its
 * ledger id, or why not, rule by rule.
 */
final class ClaimFileWork implements BatchJob.ItemWork<ClaimFileItem> {

    static final String FILED = "Accepted";
    static final String REJECTED = "Rejected";
    static final String STILL_RUNNING = "Still running";

    private final DeskUser user;
    private final ClaimDesk desk;

    ClaimFileWork(DeskUser user, ClaimDesk desk) {
        this.user = Objects.requireNonNull(user, "user");
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /** The outcome known before any work: a claim the mapping refused is rejected with the mapping's reasons. */
    static BatchJob.Outcome known(ClaimFileItem item) {
        Mapped837Claim claim = item.claim();
        if (claim.isMappable()) {
            return null;
        }
        return BatchJob.Outcome.refused(String.join("; ", claim.problems())).labelled(REJECTED);
    }

    @Override
    public BatchJob.Outcome apply(ClaimFileItem item) {
        Mapped837Claim claim = item.claim();
        ClaimDetails details = claim.details();
        try {
            switch (details.getFrequencyCode()) {
                case VOID -> {
                    var voided = desk.voidClaim(user, claim.originalClaimReference());
                    return BatchJob.Outcome.done("Voided claim " + claim.originalClaimReference()).labelled(FILED)
                            .withReference(ClaimDesk.idOf(voided));
                }
                case REPLACEMENT -> {
                    return filing(desk.replace(user, claim.originalClaimReference(), details, claim.planId()));
                }
                default -> {
                    return filing(desk.submit(user, details, claim.planId(), null));
                }
            }
        } catch (FlowStillRunningException e) {
            return BatchJob.Outcome.refused("Not confirmed yet: the network has not answered; the claim's page will say"
                    + " whether it was filed").labelled(STILL_RUNNING);
        } catch (ClaimDeskException e) {
            return BatchJob.Outcome.refused(e.getMessage()).labelled(REJECTED);
        } catch (NodeUnavailableException e) {
            throw new BatchJob.StopJob("The node stopped answering", "Not filed: the node was not running");
        }
    }

    private static BatchJob.Outcome filing(FilingResult result) {
        if (!result.isFiled()) {
            String reasons = result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(ClaimFileWork::text).collect(Collectors.joining("; "));
            return BatchJob.Outcome.refused(reasons).labelled(REJECTED);
        }
        if (result.alreadyFiled()) {
            // Accepted, as the first time: the same claim id and details were filed before, and that claim stands.
            return BatchJob.Outcome.done("Filed already: claim id " + result.filed().getClaim().getClaimId()
                    + " was filed before with the same details (" + result.filed().getStatus() + "); nothing new was filed")
                    .labelled(FILED).withReference(ClaimDesk.idOf(result.filed()));
        }
        String warnings = result.findings().stream().map(ClaimFileWork::text).collect(Collectors.joining("; "));
        return BatchJob.Outcome.done("Filed, " + result.filed().getStatus() + (warnings.isEmpty() ? "" : "; warnings: " + warnings))
                .labelled(FILED).withReference(ClaimDesk.idOf(result.filed()));
    }

    private static String text(ScrubFinding finding) {
        return finding.rule() + ": " + finding;
    }
}
