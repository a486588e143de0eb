package net.claimsnet.states;

import net.claimsnet.contracts.ClaimContract;
import net.corda.core.contracts.BelongsToContract;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.serialization.CordaSerializable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A healthcare claim on the ledger, shared by the provider who filed it and the insurer who
 * decides and pays it. The claimed content ({@link ClaimDetails}), the parties, the identifier and
 * the coverage are fixed at submission; each later transaction adds what its step decides
 * (information requests, a pend's reason, adjudication, settlement, appeal) and moves the status, as
 * {@link ClaimContract} allows.
 */
@CordaSerializable
@BelongsToContract(ClaimContract.class)
public final class ClaimState implements LinearState {

    private final Party provider;
    private final Party insurer;
    private final UniqueIdentifier linearId;
    private final ClaimDetails claim;
    private final ClaimStatus status;
    private final Adjudication adjudication;
    private final Settlement settlement;
    private final List<InformationRequest> informationRequests;
    private final Appeal appeal;
    private final UniqueIdentifier coverageId;
    private final PendReason pendReason;

    public ClaimState(
            Party provider,
            Party insurer,
            UniqueIdentifier linearId,
            ClaimDetails claim,
            ClaimStatus status,
            Adjudication adjudication,
            Settlement settlement,
            List<InformationRequest> informationRequests,
            Appeal appeal,
            UniqueIdentifier coverageId,
            PendReason pendReason) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.insurer = Objects.requireNonNull(insurer, "insurer");
        this.linearId = Objects.requireNonNull(linearId, "linearId");
        this.claim = Objects.requireNonNull(claim, "claim");
        this.status = Objects.requireNonNull(status, "status");
        this.adjudication = adjudication;
        this.settlement = settlement;
        this.informationRequests = informationRequests == null ? Collections.<InformationRequest>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(informationRequests));
        this.appeal = appeal;
        this.coverageId = coverageId;
        this.pendReason = pendReason;
    }

    /**
     * A newly submitted claim: a fresh linear id whose external id is the business claim id,
     * status SUBMITTED, nothing decided yet.
     */
    public static ClaimState submitted(Party provider, Party insurer, ClaimDetails claim, UniqueIdentifier coverageId) {
        return new ClaimState(provider, insurer, new UniqueIdentifier(claim.getClaimId()), claim,
                ClaimStatus.SUBMITTED, null, null, Collections.<InformationRequest>emptyList(), null, coverageId, null);
    }

    public Party getProvider() { return provider; }

    public Party getInsurer() { return insurer; }

    /** The claim's ledger identity; its external id is the business claim id. */
    @Override
    public UniqueIdentifier getLinearId() { return linearId; }

    /** What was claimed; never changes after submission. */
    public ClaimDetails getClaim() { return claim; }

    public ClaimStatus getStatus() { return status; }

    /** The latest adjudication; null until the claim is first adjudicated. */
    public Adjudication getAdjudication() { return adjudication; }

    /** Null until the claim is settled. */
    public Settlement getSettlement() { return settlement; }

    /** Every request for information so far, oldest first. */
    public List<InformationRequest> getInformationRequests() { return informationRequests; }

    /** The latest appeal; null unless the claim was appealed. */
    public Appeal getAppeal() { return appeal; }

    /** The linear id of the coverage the claim was filed under. */
    public UniqueIdentifier getCoverageId() { return coverageId; }

    /** Why the claim was last pended; null unless it was ever pended (kept afterwards as its history). */
    public PendReason getPendReason() { return pendReason; }

    @Override
    public List<AbstractParty> getParticipants() {
        return Arrays.<AbstractParty>asList(provider, insurer);
    }

    public ClaimState withProvider(Party provider) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withInsurer(Party insurer) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withLinearId(UniqueIdentifier linearId) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withClaim(ClaimDetails claim) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withStatus(ClaimStatus status) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withAdjudication(Adjudication adjudication) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withSettlement(Settlement settlement) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withInformationRequests(List<InformationRequest> informationRequests) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    /** This claim with one more information request at the end. */
    public ClaimState withInformationRequestAdded(InformationRequest request) {
        List<InformationRequest> requests = new ArrayList<>(informationRequests);
        requests.add(request);
        return withInformationRequests(requests);
    }

    public ClaimState withAppeal(Appeal appeal) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withCoverageId(UniqueIdentifier coverageId) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    public ClaimState withPendReason(PendReason pendReason) {
        return new ClaimState(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ClaimState)) return false;
        ClaimState that = (ClaimState) o;
        return provider.equals(that.provider)
                && insurer.equals(that.insurer)
                && linearId.equals(that.linearId)
                && claim.equals(that.claim)
                && status == that.status
                && Objects.equals(adjudication, that.adjudication)
                && Objects.equals(settlement, that.settlement)
                && informationRequests.equals(that.informationRequests)
                && Objects.equals(appeal, that.appeal)
                && Objects.equals(coverageId, that.coverageId)
                && Objects.equals(pendReason, that.pendReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, insurer, linearId, claim, status, adjudication, settlement, informationRequests, appeal, coverageId, pendReason);
    }

    /** Leaves out the claim details, which carry PHI; use {@link #getClaim()} deliberately. */
    @Override
    public String toString() {
        return "ClaimState(linearId=" + linearId + ", status=" + status + ", provider=" + provider.getName()
                + ", insurer=" + insurer.getName() + ", coverageId=" + coverageId + ")";
    }
}
