package net.claimsnet.states;

import net.claimsnet.contracts.MemberConsentContract;
import net.corda.core.contracts.BelongsToContract;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.serialization.CordaSerializable;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A member's consent that their insurer share their claim history with one provider: for a stated purpose,
 * from its recording until it expires or the member withdraws it. The member has no node, so the insurer
 * records and withdraws it on the member's behalf and alone; the provider is a participant so that it
 * holds the consent it relies on, and both keep every version, so who could see whose history, when and
 * why stays on the ledger after the consent ends.
 */
@CordaSerializable
@BelongsToContract(MemberConsentContract.class)
public final class MemberConsentState implements LinearState {

    private final Party insurer;
    private final Party provider;
    private final UniqueIdentifier linearId;
    private final String memberId;
    private final String purpose;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Instant withdrawnAt;
    private final String withdrawalReason;

    public MemberConsentState(Party insurer, Party provider, UniqueIdentifier linearId, String memberId, String purpose,
                              Instant issuedAt, Instant expiresAt, Instant withdrawnAt, String withdrawalReason) {
        this.insurer = Objects.requireNonNull(insurer, "insurer");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.linearId = Objects.requireNonNull(linearId, "linearId");
        this.memberId = memberId;
        this.purpose = purpose;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.withdrawnAt = withdrawnAt;
        this.withdrawalReason = withdrawalReason;
    }

    /** A new consent, in force from {@code issuedAt} until {@code expiresAt} (exclusive). */
    public static MemberConsentState record(Party insurer, Party provider, String memberId, String purpose,
                                            Instant issuedAt, Instant expiresAt) {
        return new MemberConsentState(insurer, provider, new UniqueIdentifier(), memberId, purpose, issuedAt, expiresAt, null, null);
    }

    public Party getInsurer() { return insurer; }

    /** The provider the member lets see their claim history. */
    public Party getProvider() { return provider; }

    @Override
    public UniqueIdentifier getLinearId() { return linearId; }

    public String getMemberId() { return memberId; }

    public String getPurpose() { return purpose; }

    public Instant getIssuedAt() { return issuedAt; }

    /** The first instant the consent no longer holds. */
    public Instant getExpiresAt() { return expiresAt; }

    /** When the member withdrew it; null while it is not withdrawn. */
    public Instant getWithdrawnAt() { return withdrawnAt; }

    public String getWithdrawalReason() { return withdrawalReason; }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Recorded, not yet expired, not withdrawn at that instant. */
    public boolean inForceAt(Instant at) {
        return !at.isBefore(issuedAt) && at.isBefore(expiresAt) && (withdrawnAt == null || at.isBefore(withdrawnAt));
    }

    /** Whether, at that instant, this consent lets that provider see that member's claim history. */
    public boolean permits(String memberId, Party provider, Instant at) {
        return inForceAt(at) && this.memberId != null && this.memberId.equals(memberId) && this.provider.equals(provider);
    }

    @Override
    public List<AbstractParty> getParticipants() {
        return Arrays.<AbstractParty>asList(insurer, provider);
    }

    public MemberConsentState withWithdrawal(Instant withdrawnAt, String reason) {
        return new MemberConsentState(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, reason);
    }

    public MemberConsentState withInsurer(Party insurer) {
        return new MemberConsentState(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, withdrawalReason);
    }

    public MemberConsentState withProvider(Party provider) {
        return new MemberConsentState(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, withdrawalReason);
    }

    public MemberConsentState withLinearId(UniqueIdentifier linearId) {
        return new MemberConsentState(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, withdrawalReason);
    }

    public MemberConsentState withMemberId(String memberId) {
        return new MemberConsentState(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, withdrawalReason);
    }

    public MemberConsentState withPurpose(String purpose) {
        return new MemberConsentState(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, withdrawalReason);
    }

    public MemberConsentState withIssuedAt(Instant issuedAt) {
        return new MemberConsentState(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, withdrawalReason);
    }

    public MemberConsentState withExpiresAt(Instant expiresAt) {
        return new MemberConsentState(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, withdrawalReason);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof MemberConsentState)) return false;
        MemberConsentState that = (MemberConsentState) o;
        return insurer.equals(that.insurer) && provider.equals(that.provider) && linearId.equals(that.linearId)
                && Objects.equals(memberId, that.memberId) && Objects.equals(purpose, that.purpose)
                && issuedAt.equals(that.issuedAt) && expiresAt.equals(that.expiresAt)
                && Objects.equals(withdrawnAt, that.withdrawnAt) && Objects.equals(withdrawalReason, that.withdrawalReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(insurer, provider, linearId, memberId, purpose, issuedAt, expiresAt, withdrawnAt, withdrawalReason);
    }

    /** Names no member: a state's text reaches logs. */
    @Override
    public String toString() {
        return "MemberConsentState(linearId=" + linearId + ", until " + expiresAt
                + (withdrawnAt == null ? "" : ", withdrawn " + withdrawnAt) + ", insurer=" + insurer.getName()
                + ", provider=" + provider.getName() + ")";
    }
}
