package net.claimsnet.web.desk.grants;

import net.claimsnet.contracts.AccessGrantContract;
import net.claimsnet.states.AccessScope;
import net.claimsnet.states.AccessScopeKind;
import net.claimsnet.web.api.limits.FieldLimits;
import net.corda.core.identity.CordaX500Name;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the administrator typed to grant the auditor access, and its checks in words: the desk's own
 * checks name fields of the API ({@code expiresAt must be after now...}); these name the fields of
 * the page and say what to do, so that a mistake is fixed next to its field before a flow is started.
 * Days are UTC days, as on /api/access-grants: a grant ends when its last day ends in UTC.
 */
public final class GrantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    // The page's input ids (the form does not prepend its own): a problem is shown next to its field.
    public static final String SCOPE = "grant-scope";
    public static final String PROVIDER = "grant-provider";
    public static final String MEMBER = "grant-member";
    public static final String CLAIM = "grant-claim";
    public static final String FROM = "grant-from";
    public static final String UNTIL = "grant-until";
    public static final String PURPOSE = "grant-purpose";
    public static final String LAST_DAY = "grant-last-day";

    /**
     * The latest last day a grant made today may have: its end (the next day's start, UTC) must come at
     * most {@link AccessGrantContract#LONGEST_GRANT} after the moment it is issued, which is today.
     */
    static final long LONGEST_DAYS_AHEAD = AccessGrantContract.LONGEST_GRANT.toDays() - 1;

    /** One thing to fix: the input it is about and what to do. */
    public record Problem(String field, String message) implements Serializable {
    }

    private AccessScopeKind scope = AccessScopeKind.PROVIDER;
    private String provider;
    private String member;
    private String claim;
    private LocalDate from;
    private LocalDate until;
    private String purpose;
    private LocalDate lastDay;

    /**
     * Everything to fix before the grant can be asked for, in the page's order; none when it can.
     *
     * @param today the node's day (UTC)
     * @param providersOnMap the providers' names on the network map, as {@link CordaX500Name#toString()} writes them
     */
    public List<Problem> problems(LocalDate today, Collection<String> providersOnMap) {
        List<Problem> problems = new ArrayList<>();
        if (scope == null) {
            problems.add(new Problem(SCOPE, "Choose what the grant opens: one provider's claims, one member's, one claim,"
                    + " or the claims with a service date in a range."));
        } else {
            scopeProblems(providersOnMap, problems);
        }
        if (blank(purpose)) {
            problems.add(new Problem(PURPOSE, "Say why the auditor may look, for example \"2026 Q4 claims audit, engagement 4711\":"
                    + " the purpose stays with the grant on both ledgers."));
        } else if (purpose.trim().length() > AccessGrantContract.LONGEST_PURPOSE) {
            problems.add(new Problem(PURPOSE, "Shorten the purpose to at most " + AccessGrantContract.LONGEST_PURPOSE
                    + " characters; it has " + purpose.trim().length() + "."));
        }
        if (lastDay == null) {
            problems.add(new Problem(LAST_DAY, "Enter the last day the auditor may look, as yyyy-MM-dd."));
        } else if (lastDay.isBefore(today)) {
            problems.add(new Problem(LAST_DAY, "The last day " + lastDay + " has passed: choose today (" + today
                    + ") or a later day."));
        } else if (lastDay.isAfter(latestLastDay(today))) {
            problems.add(new Problem(LAST_DAY, "A grant lasts at most " + AccessGrantContract.LONGEST_GRANT.toDays()
                    + " days: choose a last day no later than " + latestLastDay(today) + ", and issue a new grant then if the audit goes on."));
        }
        return problems;
    }

    private void scopeProblems(Collection<String> providersOnMap, List<Problem> problems) {
        switch (scope) {
            case PROVIDER:
                if (blank(provider)) {
                    problems.add(new Problem(PROVIDER, "Choose the provider whose claims the auditor may open."));
                } else if (!providersOnMap.contains(provider)) {
                    problems.add(new Problem(PROVIDER, "That provider is not on the network map; choose one from the list."));
                }
                break;
            case MEMBER:
                if (blank(member)) {
                    problems.add(new Problem(MEMBER, "Enter the member id, as on the member's card."));
                } else if (member.trim().length() > FieldLimits.MAX_IDENTIFIER) {
                    problems.add(new Problem(MEMBER, "A member id has at most " + FieldLimits.MAX_IDENTIFIER
                            + " characters; check the id on the member's card."));
                }
                break;
            case CLAIM:
                if (blank(claim)) {
                    problems.add(new Problem(CLAIM, "Enter the claim's ledger id, as the claim page shows it."));
                } else if (!isLedgerId(claim)) {
                    problems.add(new Problem(CLAIM, "That is not a claim's ledger id (it looks like 3f2b8c1e-...-9d0a, on the"
                            + " claim page); a provider's own claim number is not unique on the network, so it cannot be used."));
                }
                break;
            case SERVICE_DATES:
                if (from == null) {
                    problems.add(new Problem(FROM, "Enter the first service date of the range, as yyyy-MM-dd."));
                }
                if (until == null) {
                    problems.add(new Problem(UNTIL, "Enter the last service date of the range, as yyyy-MM-dd."));
                }
                if (from != null && until != null && from.isAfter(until)) {
                    problems.add(new Problem(UNTIL, "The range ends (" + until + ") before it starts (" + from
                            + "): swap the dates or correct one."));
                }
                break;
            default:
                throw new IllegalStateException("A scope the form does not know: " + scope);
        }
    }

    /** The latest last day a grant issued today may have. */
    public static LocalDate latestLastDay(LocalDate today) {
        return today.plusDays(LONGEST_DAYS_AHEAD);
    }

    /** The scope typed; call once {@link #problems} found none. */
    public AccessScope scope() {
        switch (scope) {
            case PROVIDER:
                return AccessScope.provider(CordaX500Name.parse(provider.trim()));
            case MEMBER:
                return AccessScope.member(member.trim());
            case CLAIM:
                return AccessScope.claim(UUID.fromString(claim.trim()).toString());
            case SERVICE_DATES:
                return AccessScope.servicesBetween(from, until);
            default:
                throw new IllegalStateException("A scope the form does not know: " + scope);
        }
    }

    /** The first instant the grant no longer holds: the start (UTC) of the day after the last day. */
    public Instant expiresAt() {
        return lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String trimmedPurpose() {
        return purpose.trim();
    }

    /**
     * The page's input that a field named by the desk's refusal is about ("scope", "subject", "from",
     * "until", "purpose", "expiresAt"), so that the desk's word lands next to the right field.
     */
    public String inputFor(String deskField) {
        if (deskField == null) {
            return null;
        }
        switch (deskField) {
            case "purpose":
                return PURPOSE;
            case "expiresAt":
            case "lastDay":
                return LAST_DAY;
            case "from":
                return FROM;
            case "until":
                return UNTIL;
            case "scope":
            case "subject":
                return subjectInput();
            default:
                return null;
        }
    }

    /** The input that names the scope's subject for the chosen kind (the scope's choice while none is chosen). */
    private String subjectInput() {
        if (scope == null) {
            return SCOPE;
        }
        switch (scope) {
            case PROVIDER:
                return PROVIDER;
            case MEMBER:
                return MEMBER;
            case CLAIM:
                return CLAIM;
            default:
                return FROM;
        }
    }

    /** Empties the form after a grant, keeping the kind of scope chosen (the next grant is often alike). */
    public void clear() {
        provider = null;
        member = null;
        claim = null;
        from = null;
        until = null;
        purpose = null;
        lastDay = null;
    }

    private static boolean isLedgerId(String value) {
        try {
            UUID.fromString(value.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public AccessScopeKind getScope() {
        return scope;
    }

    public void setScope(AccessScopeKind scope) {
        this.scope = scope;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getClaim() {
        return claim;
    }

    public void setClaim(String claim) {
        this.claim = claim;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
