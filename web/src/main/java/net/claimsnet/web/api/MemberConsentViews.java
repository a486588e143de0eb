package net.claimsnet.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the member consent and member history endpoints take and answer. Dates are {@code yyyy-MM-dd}, instants ISO-8601 UTC. */
public final class MemberConsentViews {

    private MemberConsentViews() {
    }

    /**
     * A member's consent, recorded by the insurer for the member: the member id, the provider (its organisation or
     * its name on the network map) that may see the member's claim history, why, and the last day (UTC) it may.
     */
    public record ConsentInput(String memberId, String provider, String purpose, String lastDay) {
    }

    /** Why the member withdrew the consent. */
    public record WithdrawalInput(String reason) {
    }

    public record ConsentView(String id, String memberId, String provider, String insurer, String purpose, String issuedAt,
                              String expiresAt, String withdrawnAt, String withdrawalReason, boolean inForce) {
    }

    public record ConsentListView(List<ConsentView> consents, int total) {
    }

    /** The claims other providers filed for the member, as the insurer disclosed them under the consent. */
    public record MemberHistoryView(String memberId, String consentId, List<HistoryClaimView> claims, int total) {
    }

    /** One claim of the history: allowed and paid are null until the claim is adjudicated. */
    public record HistoryClaimView(String status, List<String> diagnosisCodes, List<HistoryServiceView> services,
                                   BigDecimal billed, BigDecimal allowed, BigDecimal paid) {
    }

    public record HistoryServiceView(LocalDate dateOfService, String procedureCode, BigDecimal charge) {
    }
}
