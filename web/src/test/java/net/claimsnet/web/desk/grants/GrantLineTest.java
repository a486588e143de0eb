package net.claimsnet.web.desk.grants;

import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** How a grant reads on a row of the grants pages: what it opens, its last day, and where it stands at the node's time. */
class GrantLineTest {

    private static final Party ACME = party("O=Acme Health Insurance,L=Hartford,C=US");
    private static final Party REGULATOR = party("O=State Insurance Regulator,L=Albany,C=US");
    private static final Instant ISSUED = Instant.parse("2026-12-07T14:05:00Z");
    private static final Instant EXPIRES = Instant.parse("2027-02-01T00:00:00Z");

    private static Party party(String name) {
        try {
            return new Party(CordaX500Name.parse(name), KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccessGrantState stMarysClaims() {
        return AccessGrantState.issue(ACME, REGULATOR, AccessScope.provider(CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US")),
                "2026 Q4 claims audit", ISSUED, EXPIRES);
    }

    @Test
    void a_provider_grant_in_force_reads_as_live_with_the_provider_by_its_organisation_and_the_last_day_asked_for() {
        GrantLine line = new GrantLine(stMarysClaims(), ISSUED.plusSeconds(60));

        assertThat(line.getState()).isEqualTo("Live");
        assertThat(line.isLive()).isTrue();
        assertThat(line.isRevocable()).isTrue();
        assertThat(line.getScope()).isEqualTo("Provider's claims");
        assertThat(line.getSubject()).isEqualTo("St. Mary Hospital");
        assertThat(line.getOpens()).isEqualTo("St. Mary Hospital's claims");
        assertThat(line.getSubjectInFull()).isEqualTo("O=St. Mary Hospital, L=Boston, C=US");
        assertThat(line.getInsurer()).isEqualTo("Acme Health Insurance");
        assertThat(line.getIssued()).isEqualTo("2026-12-07 14:05 UTC");
        assertThat(line.getLastDay()).as("the day before the grant's end, UTC").isEqualTo("2027-01-31");
        assertThat(line.getStateStyle()).isEqualTo("ok");
    }

    @Test
    void a_grant_past_its_end_reads_as_expired_and_offers_no_revocation() {
        GrantLine line = new GrantLine(stMarysClaims(), EXPIRES);

        assertThat(line.getState()).isEqualTo("Expired");
        assertThat(line.isLive()).isFalse();
        assertThat(line.isRevocable()).isFalse();
    }

    @Test
    void a_revoked_grant_reads_as_revoked_with_when_and_why_even_before_its_end() {
        AccessGrantState revoked = stMarysClaims().withRevocation(Instant.parse("2026-12-08T09:30:00Z"), "Audit closed");

        GrantLine line = new GrantLine(revoked, Instant.parse("2026-12-09T00:00:00Z"));

        assertThat(line.getState()).isEqualTo("Revoked 2026-12-08 09:30 UTC: Audit closed");
        assertThat(line.isLive()).isFalse();
        assertThat(line.isRevocable()).isFalse();
        assertThat(line.getStateStyle()).isEqualTo("bad");
    }

    @Test
    void a_range_of_service_dates_reads_as_the_range_and_a_member_grant_as_the_member_id() {
        AccessGrantState dates = stMarysClaims().withScope(AccessScope.servicesBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        AccessGrantState member = stMarysClaims().withScope(AccessScope.member("M-1001"));

        GrantLine datesLine = new GrantLine(dates, ISSUED);
        GrantLine memberLine = new GrantLine(member, ISSUED);

        assertThat(datesLine.getScope()).isEqualTo("Service dates");
        assertThat(datesLine.getSubject()).isEqualTo("2026-10-01 to 2026-12-31");
        assertThat(datesLine.getOpens()).isEqualTo("the claims with a service date from 2026-10-01 to 2026-12-31");
        assertThat(memberLine.getScope()).isEqualTo("Member's claims");
        assertThat(memberLine.getSubject()).isEqualTo("M-1001");
        assertThat(memberLine.getOpens()).isEqualTo("member M-1001's claims");
        assertThat(memberLine.getId()).isEqualTo(member.getLinearId().getId().toString());
    }
}
