package net.claimsnet.contracts;

import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.claimsnet.states.ClaimState;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static net.claimsnet.contracts.SampleClaims.DATE_OF_SERVICE;
import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Which claims a grant opens to the auditor, and when: its scope, its insurer, its time. */
class AccessGrantPermitsTest {

    private static final Instant ISSUED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(30));
    private static final Instant DURING = ISSUED.plus(Duration.ofDays(1));

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final ClaimState claim = SampleClaims.submitted(provider, insurer, SampleClaims.coverage(insurer, MEMBER_ID));

    private AccessGrantState grantOf(AccessScope scope) {
        return AccessGrantState.issue(insurer, ledger.auditor(), scope, "audit", ISSUED, EXPIRES);
    }

    @Test
    void a_provider_scope_reaches_that_providers_claims_only() {
        assertThat(grantOf(AccessScope.provider(provider.getName())).permits(claim, DURING)).isTrue();
        assertThat(grantOf(AccessScope.provider(ledger.otherProvider().getName())).permits(claim, DURING)).isFalse();
    }

    @Test
    void a_member_scope_reaches_that_members_claims_only() {
        assertThat(grantOf(AccessScope.member(MEMBER_ID)).permits(claim, DURING)).isTrue();
        assertThat(grantOf(AccessScope.member("M-2002")).permits(claim, DURING)).isFalse();
    }

    @Test
    void a_claim_scope_reaches_that_claim_by_its_ledger_id() {
        assertThat(grantOf(AccessScope.claim(claim.getLinearId().getId().toString())).permits(claim, DURING)).isTrue();
        assertThat(grantOf(AccessScope.claim(claim.getClaim().getClaimId())).permits(claim, DURING))
                .as("the provider's own claim number is not unique across providers").isFalse();
    }

    @Test
    void a_service_date_scope_reaches_claims_with_a_line_in_the_range_ends_included() {
        assertThat(grantOf(AccessScope.servicesBetween(DATE_OF_SERVICE, DATE_OF_SERVICE)).permits(claim, DURING)).isTrue();
        assertThat(grantOf(AccessScope.servicesBetween(DATE_OF_SERVICE.minusDays(10), DATE_OF_SERVICE)).permits(claim, DURING)).isTrue();
        assertThat(grantOf(AccessScope.servicesBetween(DATE_OF_SERVICE.plusDays(1), LocalDate.of(2030, 1, 1))).permits(claim, DURING)).isFalse();
    }

    @Test
    void a_grant_opens_only_its_own_insurers_claims() {
        AccessGrantState othersGrant = grantOf(AccessScope.member(MEMBER_ID)).withInsurer(ledger.otherInsurer());
        assertThat(othersGrant.permits(claim, DURING)).isFalse();
    }

    @Test
    void a_grant_holds_from_its_issue_until_it_expires_or_is_revoked() {
        AccessGrantState grant = grantOf(AccessScope.member(MEMBER_ID));
        assertThat(grant.permits(claim, ISSUED.minusSeconds(1))).isFalse();
        assertThat(grant.permits(claim, ISSUED)).isTrue();
        assertThat(grant.permits(claim, EXPIRES.minusSeconds(1))).isTrue();
        assertThat(grant.permits(claim, EXPIRES)).isFalse();

        AccessGrantState revoked = grant.withRevocation(DURING, "audit closed");
        assertThat(revoked.permits(claim, DURING.minusSeconds(1))).as("before the revocation").isTrue();
        assertThat(revoked.permits(claim, DURING)).isFalse();
    }

    @Test
    void its_text_names_no_member() {
        assertThat(grantOf(AccessScope.member(MEMBER_ID)).toString()).doesNotContain(MEMBER_ID).contains("MEMBER");
    }
}
