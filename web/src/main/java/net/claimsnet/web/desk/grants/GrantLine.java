package net.claimsnet.web.desk.grants;

import net.claimsnet.node.desk.AccessGrantDesk;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.claimsnet.states.AccessScopeKind;
import net.corda.core.identity.CordaX500Name;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One access grant as both grants pages show it, at the node's time: what it opens, why, from when to
 * which last day (UTC, as the form takes it), and whether it is live, expired or revoked (with the
 * reason). Bean getters for the pages' expressions.
 */
public final class GrantLine implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    /** Where a grant stands at the time the page is read. */
    public enum Standing { LIVE, EXPIRED, REVOKED, NOT_YET }

    private final String id;
    private final String scope;
    private final String subject;
    private final String subjectInFull;
    private final String opens;
    private final String purpose;
    private final String insurer;
    private final String issued;
    private final String lastDay;
    private final Standing standing;
    private final String revokedOn;
    private final String revocationReason;

    public GrantLine(AccessGrantState grant, Instant now) {
        AccessScope reach = grant.getScope();
        this.id = AccessGrantDesk.idOf(grant);
        this.scope = scopeText(reach);
        this.subjectInFull = subjectInFull(reach);
        this.subject = subjectShort(reach);
        this.opens = opens(reach, subject);
        this.purpose = grant.getPurpose();
        this.insurer = grant.getInsurer().getName().getOrganisation();
        this.issued = ISSUED.format(grant.getIssuedAt());
        this.lastDay = lastDayOf(grant.getExpiresAt()).toString();
        this.standing = standingAt(grant, now);
        this.revokedOn = grant.getRevokedAt() == null ? null : ISSUED.format(grant.getRevokedAt());
        this.revocationReason = grant.getRevocationReason();
    }

    static Standing standingAt(AccessGrantState grant, Instant now) {
        if (grant.isRevoked() && !now.isBefore(grant.getRevokedAt())) {
            return Standing.REVOKED;
        }
        if (grant.inForceAt(now)) {
            return Standing.LIVE;
        }
        return now.isBefore(grant.getIssuedAt()) ? Standing.NOT_YET : Standing.EXPIRED;
    }

    /** The day before the first instant the grant no longer holds: the last day it was asked for. */
    static LocalDate lastDayOf(Instant expiresAt) {
        return expiresAt.minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String scopeText(AccessScope scope) {
        switch (scope.getKind()) {
            case PROVIDER:
                return "Provider's claims";
            case MEMBER:
                return "Member's claims";
            case CLAIM:
                return "One claim";
            case SERVICE_DATES:
                return "Service dates";
            default:
                return scope.getKind().name();
        }
    }

    /** A provider by its organisation; a range as "from to until"; a member id or a claim's ledger id as it is. */
    private static String subjectShort(AccessScope scope) {
        switch (scope.getKind()) {
            case PROVIDER:
                try {
                    return CordaX500Name.parse(scope.getSubject()).getOrganisation();
                } catch (IllegalArgumentException e) {
                    return scope.getSubject();
                }
            case SERVICE_DATES:
                return scope.getFrom() + " to " + scope.getUntil();
            default:
                return scope.getSubject();
        }
    }

    /** What the grant opens, as a sentence's object: "St. Mary Hospital's claims", "claim 3f2b...". */
    private static String opens(AccessScope scope, String subject) {
        switch (scope.getKind()) {
            case PROVIDER:
                return subject + "'s claims";
            case MEMBER:
                return "member " + subject + "'s claims";
            case CLAIM:
                return "claim " + subject;
            default:
                return "the claims with a service date from " + scope.getFrom() + " to " + scope.getUntil();
        }
    }

    private static String subjectInFull(AccessScope scope) {
        return scope.getKind() == AccessScopeKind.SERVICE_DATES
                ? "Claims with a service line dated " + scope.getFrom() + " to " + scope.getUntil() + ", both included"
                : scope.getSubject();
    }

    public String getId() {
        return id;
    }

    public String getScope() {
        return scope;
    }

    public String getSubject() {
        return subject;
    }

    /** The provider's whole name on the map, the id, or the range in words: for a tooltip. */
    public String getSubjectInFull() {
        return subjectInFull;
    }

    /** What the grant opens, in words that fit in a sentence ("the auditor may open ..."). */
    public String getOpens() {
        return opens;
    }

    public String getPurpose() {
        return purpose;
    }

    /** The insurer that issued it, by organisation: the auditor holds grants of each insurer. */
    public String getInsurer() {
        return insurer;
    }

    public String getIssued() {
        return issued;
    }

    public String getLastDay() {
        return lastDay;
    }

    public Standing getStanding() {
        return standing;
    }

    public boolean isLive() {
        return standing == Standing.LIVE;
    }

    /** A grant still to come or in force can be ended early; an expired or revoked one has ended already. */
    public boolean isRevocable() {
        return standing == Standing.LIVE || standing == Standing.NOT_YET;
    }

    /** "Live", "Expired", "Not yet in force" or "Revoked 2026-12-07 14:05 UTC: Audit closed". */
    public String getState() {
        switch (standing) {
            case LIVE:
                return "Live";
            case EXPIRED:
                return "Expired";
            case NOT_YET:
                return "Not yet in force";
            default:
                return "Revoked " + revokedOn + (revocationReason == null ? "" : ": " + revocationReason);
        }
    }

    /** The state's style: live in green, revoked in red, the others plain. */
    public String getStateStyle() {
        return standing == Standing.LIVE ? "ok" : standing == Standing.REVOKED ? "bad" : "muted";
    }
}
