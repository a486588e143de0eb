package net.claimsnet.states;

import net.corda.core.identity.CordaX500Name;
import net.corda.core.serialization.CordaSerializable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which of an insurer's claims an access grant opens to the auditor: those of one provider (by its
 * name on the network map), of one member (by member id), one claim (by its ledger id, which no
 * other claim shares, unlike a provider's own claim number), or those with a service line dated
 * in a range (both ends inclusive). Build one with the factories; the contract refuses a scope
 * without its subject or dates.
 */
@CordaSerializable
public final class AccessScope {

    private final AccessScopeKind kind;
    private final String subject;
    private final LocalDate from;
    private final LocalDate until;

    public AccessScope(AccessScopeKind kind, String subject, LocalDate from, LocalDate until) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = subject;
        this.from = from;
        this.until = until;
    }

    public static AccessScope provider(CordaX500Name provider) {
        return new AccessScope(AccessScopeKind.PROVIDER, provider.toString(), null, null);
    }

    public static AccessScope member(String memberId) {
        return new AccessScope(AccessScopeKind.MEMBER, memberId, null, null);
    }

    /** One claim, by its ledger id ({@code ClaimState.getLinearId().getId()}). */
    public static AccessScope claim(String ledgerId) {
        return new AccessScope(AccessScopeKind.CLAIM, ledgerId, null, null);
    }

    public static AccessScope servicesBetween(LocalDate from, LocalDate until) {
        return new AccessScope(AccessScopeKind.SERVICE_DATES, null, from, until);
    }

    public AccessScopeKind getKind() { return kind; }

    /** The provider's X.500 name, the member id or the claim's ledger id; null for service dates. */
    public String getSubject() { return subject; }

    /** First service date reached (service dates only). */
    public LocalDate getFrom() { return from; }

    /** Last service date reached, inclusive (service dates only). */
    public LocalDate getUntil() { return until; }

    /** A subject for the kinds that name one, a range (from no later than until) for service dates, nothing else. */
    public boolean isWellFormed() {
        if (kind == AccessScopeKind.SERVICE_DATES) {
            return subject == null && from != null && until != null && !from.isAfter(until);
        }
        return subject != null && !subject.trim().isEmpty() && from == null && until == null;
    }

    /** Whether this scope reaches the claim; the grant checks the insurer and the time. */
    public boolean covers(ClaimState claim) {
        if (!isWellFormed()) {
            return false;
        }
        switch (kind) {
            case PROVIDER:
                return claim.getProvider().getName().toString().equals(subject);
            case MEMBER:
                return claim.getClaim().getPatient().getMemberId().equals(subject);
            case CLAIM:
                return claim.getLinearId().getId().toString().equals(subject);
            case SERVICE_DATES:
                for (ServiceLine line : claim.getClaim().getServiceLines()) {
                    LocalDate date = line.getDateOfService();
                    if (date != null && !date.isBefore(from) && !date.isAfter(until)) {
                        return true;
                    }
                }
                return false;
            default:
                throw new IllegalStateException("Unknown access scope " + kind);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof AccessScope)) return false;
        AccessScope that = (AccessScope) o;
        return kind == that.kind && Objects.equals(subject, that.subject)
                && Objects.equals(from, that.from) && Objects.equals(until, that.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject, from, until);
    }

    /** Names the kind only: a member id is PHI and toString ends up in logs. */
    @Override
    public String toString() {
        return "AccessScope(" + kind + ")";
    }
}
