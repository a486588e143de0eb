package net.claimsnet.states;

import net.claimsnet.contracts.AccessGrantContract;
import net.corda.core.contracts.BelongsToContract;
import net.corda.core.contracts.LinearState;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.serialization.CordaSerializable;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An insurer's permission for the network's auditor to see the protected health information in some
 * of its claims: for a scope, a stated purpose (HIPAA's minimum necessary: an audit names why), from
 * its issue until it expires or the insurer revokes it. The insurer issues and revokes it alone; the
 * auditor is a participant so that it holds the grant it relies on, and both keep every version, so
 * who was allowed to see what, when and why stays on the ledger after the grant ends.
 */
@CordaSerializable
@BelongsToContract(AccessGrantContract.class)
public final class AccessGrantState implements LinearState {

    private final Party insurer;
    private final Party auditor;
    private final UniqueIdentifier linearId;
    private final AccessScope scope;
    private final String purpose;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Instant revokedAt;
    private final String revocationReason;

    public AccessGrantState(Party insurer, Party auditor, UniqueIdentifier linearId, AccessScope scope, String purpose,
                            Instant issuedAt, Instant expiresAt, Instant revokedAt, String revocationReason) {
        this.insurer = Objects.requireNonNull(insurer, "insurer");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.linearId = Objects.requireNonNull(linearId, "linearId");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.purpose = purpose;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.revokedAt = revokedAt;
        this.revocationReason = revocationReason;
    }

    /** A new grant, in force from {@code issuedAt} until {@code expiresAt} (exclusive). */
    public static AccessGrantState issue(Party insurer, Party auditor, AccessScope scope, String purpose,
                                         Instant issuedAt, Instant expiresAt) {
        return new AccessGrantState(insurer, auditor, new UniqueIdentifier(), scope, purpose, issuedAt, expiresAt, null, null);
    }

    public Party getInsurer() { return insurer; }

    public Party getAuditor() { return auditor; }

    @Override
    public UniqueIdentifier getLinearId() { return linearId; }

    public AccessScope getScope() { return scope; }

    public String getPurpose() { return purpose; }

    public Instant getIssuedAt() { return issuedAt; }

    /** The first instant the grant no longer holds. */
    public Instant getExpiresAt() { return expiresAt; }

    /** When the insurer revoked it; null while it is not revoked. */
    public Instant getRevokedAt() { return revokedAt; }

    public String getRevocationReason() { return revocationReason; }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Issued, not yet expired, not revoked at that instant. */
    public boolean inForceAt(Instant at) {
        return !at.isBefore(issuedAt) && at.isBefore(expiresAt) && (revokedAt == null || at.isBefore(revokedAt));
    }

    /** Whether, at that instant, this grant lets its auditor see that claim's protected health information. */
    public boolean permits(ClaimState claim, Instant at) {
        return inForceAt(at) && claim.getInsurer().equals(insurer) && scope.covers(claim);
    }

    @Override
    public List<AbstractParty> getParticipants() {
        return Arrays.<AbstractParty>asList(insurer, auditor);
    }

    public AccessGrantState withRevocation(Instant revokedAt, String reason) {
        return new AccessGrantState(insurer, auditor, linearId, scope, purpose, issuedAt, expiresAt, revokedAt, reason);
    }

    public AccessGrantState withInsurer(Party insurer) {
        return new AccessGrantState(insurer, auditor, linearId, scope, purpose, issuedAt, expiresAt, revokedAt, revocationReason);
    }

    public AccessGrantState withAuditor(Party auditor) {
        return new AccessGrantState(insurer, auditor, linearId, scope, purpose, issuedAt, expiresAt, revokedAt, revocationReason);
    }

    public AccessGrantState withLinearId(UniqueIdentifier linearId) {
        return new AccessGrantState(insurer, auditor, linearId, scope, purpose, issuedAt, expiresAt, revokedAt, revocationReason);
    }

    public AccessGrantState withScope(AccessScope scope) {
        return new AccessGrantState(insurer, auditor, linearId, scope, purpose, issuedAt, expiresAt, revokedAt, revocationReason);
    }

    public AccessGrantState withPurpose(String purpose) {
        return new AccessGrantState(insurer, auditor, linearId, scope, purpose, issuedAt, expiresAt, revokedAt, revocationReason);
    }

    public AccessGrantState withExpiresAt(Instant expiresAt) {
        return new AccessGrantState(insurer, auditor, linearId, scope, purpose, issuedAt, expiresAt, revokedAt, revocationReason);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof AccessGrantState)) return false;
        AccessGrantState that = (AccessGrantState) o;
        return insurer.equals(that.insurer) && auditor.equals(that.auditor) && linearId.equals(that.linearId)
                && scope.equals(that.scope) && Objects.equals(purpose, that.purpose)
                && issuedAt.equals(that.issuedAt) && expiresAt.equals(that.expiresAt)
                && Objects.equals(revokedAt, that.revokedAt) && Objects.equals(revocationReason, that.revocationReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(insurer, auditor, linearId, scope, purpose, issuedAt, expiresAt, revokedAt, revocationReason);
    }

    @Override
    public String toString() {
        return "AccessGrantState(linearId=" + linearId + ", " + scope + ", until " + expiresAt
                + (revokedAt == null ? "" : ", revoked " + revokedAt) + ", insurer=" + insurer.getName()
                + ", auditor=" + auditor.getName() + ")";
    }
}
