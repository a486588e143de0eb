package net.claimsnet.node.desk;

import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.node.Node;
import net.claimsnet.node.filing.ClaimIdTakenException;
import net.claimsnet.node.filing.FilingFingerprint;
import net.claimsnet.node.filing.FilingReservation;
import net.claimsnet.node.filing.FilingReservations;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.FrequencyCode;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One claim per provider claim id. A filing first asks whether its claim id was filed already: the
 * same details answer the claim filed then; other details are a conflict (a filed claim changes only
 * by replacement). A new filing reserves its claim id in the transaction that starts its flow
 * ({@link FilingReservations}), so of two filings racing with one id only one starts a flow and the
 * other gets the first one's answer; a crash between the two cannot happen, as they are one commit.
 *
 * <p>A reservation whose flow failed or was abandoned without filing anything does not hold the id
 * for good: the next filing of it abandons that flow (if still failed), releases the id and files anew.
 */
final class IdempotentFiling {

    /** What a filing came to: the claim, and whether it was there before this request. */
    record Filed(ClaimState claim, boolean alreadyFiled) {
    }

    private final Node node;
    private final FlowCompletion completion;
    private final FilingReservations reservations;

    IdempotentFiling(Node node, FlowCompletion completion) {
        this.node = Objects.requireNonNull(node, "node");
        this.completion = Objects.requireNonNull(completion, "completion");
        this.reservations = node.stores().filingReservations();
    }

    /**
     * The claim filed before under this claim id with the same details; empty when the id is free.
     *
     * @throws ClaimConflictException when the id was filed with other details, or its filing failed and
     *                                cannot be told apart from a filing still to be retried
     */
    Optional<ClaimState> earlierFiling(ClaimDetails claim) {
        String detailsHash = FilingFingerprint.of(claim);
        Optional<FilingReservation> held = reservations.find(provider(), claim.getClaimId());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        FilingReservation reservation = held.get();
        Optional<ClaimState> onLedger = filedClaim(claim.getClaimId());
        if (!reservation.sameDetails(detailsHash)) {
            throw differentDetails(claim, onLedger);
        }
        if (onLedger.isPresent()) {
            return onLedger;
        }
        return claimOfFlow(reservation);
    }

    /**
     * Files the claim with the given submission flow, its claim id reserved in the flow's first checkpoint
     * transaction; waits for the flow. If another filing took the id first, answers as for that filing.
     */
    Filed file(ClaimDetails claim, FlowLogic<SignedTransaction> submission) {
        FilingReservation reservation = new FilingReservation(provider(), claim.getClaimId(), FilingFingerprint.of(claim),
                UUID.randomUUID().toString(), node.services().clock().instant());
        FlowHandle<SignedTransaction> handle;
        try {
            handle = node.startFlow(submission, reservation.flowId(), () -> reservations.reserve(reservation));
        } catch (ClaimIdTakenException raced) {
            return earlierFiling(claim).map(earlier -> new Filed(earlier, true))
                    .orElseThrow(() -> new ClaimConflictException("Claim id " + claim.getClaimId()
                            + " is being filed by another request at this moment; ask again in a moment"));
        }
        SignedTransaction filed = completion.resultOf(handle, ClaimConflictException::new);
        return new Filed(filed.getTx().outputsOfType(ClaimState.class).get(0), false);
    }

    /** The claim the reserved flow filed or is filing; empty (the id released) when it ended without one. */
    private Optional<ClaimState> claimOfFlow(FilingReservation reservation) {
        String flowId = reservation.flowId();
        FlowStatus status = node.flows().status(flowId).orElse(FlowStatus.ABANDONED);
        switch (status) {
            case RUNNING: {
                FlowHandle<Object> handle = node.flows().handle(flowId).orElseThrow(() -> new ClaimConflictException(
                        "Claim id " + reservation.providerClaimId() + " is being filed (flow " + flowId + "); ask again in a moment"));
                SignedTransaction filed = (SignedTransaction) completion.resultOf(handle, ClaimConflictException::new);
                return Optional.of(filed.getTx().outputsOfType(ClaimState.class).get(0));
            }
            case FAILED:
                // The clerk was told the filing failed; filing it again is the clerk's retry.
                node.flows().abandon(flowId, "superseded by a new filing of the same claim id");
                reservations.release(reservation.provider(), reservation.providerClaimId(), flowId);
                return Optional.empty();
            case COMPLETED:
                throw new ClaimConflictException("Claim id " + reservation.providerClaimId() + " was filed by flow " + flowId
                        + ", but its claim is no longer on this node's ledger");
            case ABANDONED:
            default:
                reservations.release(reservation.provider(), reservation.providerClaimId(), flowId);
                return Optional.empty();
        }
    }

    /** The original claim this provider filed under the id (a replacement may carry the same id). */
    private Optional<ClaimState> filedClaim(String providerClaimId) {
        List<ClaimState> withId = node.stores().vault().unconsumedWithKey(ClaimState.class, ClaimLookupKeys.claimId(providerClaimId))
                .stream().map(s -> s.getState().getData())
                .filter(c -> c.getProvider().getName().equals(node.name()))
                .filter(c -> c.getClaim().getFrequencyCode() != FrequencyCode.REPLACEMENT)
                .toList();
        return withId.stream().findFirst();
    }

    /** Names the fields that differ, never their values (they may be PHI), and the way to change a filed claim. */
    private static ClaimConflictException differentDetails(ClaimDetails claim, Optional<ClaimState> earlier) {
        String differing = earlier.map(e -> " (differing: " + String.join(", ",
                FilingFingerprint.differences(e.getClaim(), claim)) + ")").orElse("");
        String replaceHint = earlier.map(e -> "file a replacement (frequency code 7) of claim " + ClaimDesk.idOf(e))
                .orElse("file a replacement (frequency code 7) of it once it is filed");
        return new ClaimConflictException("Claim id " + claim.getClaimId() + " was filed already with other details"
                + differing + ": filing it again with different details is not allowed; to correct it, " + replaceHint);
    }

    private String provider() {
        return node.name().toString();
    }
}
