package net.claimsnet.web.api;

import java.util.List;

/** What the access grant endpoints take and answer. Dates are {@code yyyy-MM-dd}, instants ISO-8601 UTC. */
public final class AccessGrantViews {

    private AccessGrantViews() {
    }

    /**
     * A grant to the auditor: {@code scope} PROVIDER (subject: the provider's name on the network map),
     * MEMBER (subject: member id), CLAIM (subject: the claim's ledger id) or SERVICE_DATES (from, until); why;
     * and the last day (UTC) the auditor may look.
     */
    public record AccessGrantInput(String scope, String subject, String from, String until, String purpose,
                                   String lastDay) {
    }

    /** Why the grant ends now. */
    public record RevocationInput(String reason) {
    }

    public record AccessGrantView(String id, String scope, String subject, String from, String until, String purpose,
                                  String insurer, String auditor, String issuedAt, String expiresAt, String revokedAt,
                                  String revocationReason, boolean inForce) {
    }

    public record AccessGrantListView(List<AccessGrantView> grants, int total) {
    }
}
