package net.claimsnet.contracts;

import net.claimsnet.states.MemberConsentState;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Whose history a consent opens to which provider, and when: its member, its provider, its time. */
class MemberConsentPermitsTest {

    private static final Instant ISSUED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(30));
    private static final Instant DURING = ISSUED.plus(Duration.ofDays(1));

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final MemberConsentState consent = MemberConsentState.record(ledger.insurer(), provider, MEMBER_ID,
            "continuity of care", ISSUED, EXPIRES);

    @Test
    void a_consent_opens_its_members_history_to_its_provider() {
        assertThat(consent.permits(MEMBER_ID, provider, DURING)).isTrue();
    }

    @Test
    void it_opens_no_other_members_history() {
        assertThat(consent.permits("M-2002", provider, DURING)).isFalse();
    }

    @Test
    void it_opens_nothing_to_another_provider() {
        assertThat(consent.permits(MEMBER_ID, ledger.otherProvider(), DURING)).isFalse();
    }

    @Test
    void it_holds_from_its_issue_until_it_expires_or_is_withdrawn() {
        assertThat(consent.permits(MEMBER_ID, provider, ISSUED.minusSeconds(1))).isFalse();
        assertThat(consent.permits(MEMBER_ID, provider, ISSUED)).isTrue();
        assertThat(consent.permits(MEMBER_ID, provider, EXPIRES.minusSeconds(1))).isTrue();
        assertThat(consent.permits(MEMBER_ID, provider, EXPIRES)).isFalse();

        MemberConsentState withdrawn = consent.withWithdrawal(DURING, "the member withdrew it");
        assertThat(withdrawn.permits(MEMBER_ID, provider, DURING.minusSeconds(1))).as("before the withdrawal").isTrue();
        assertThat(withdrawn.permits(MEMBER_ID, provider, DURING)).isFalse();
    }

    @Test
    void its_participants_are_the_insurer_and_the_provider() {
        assertThat(consent.getParticipants()).containsExactly(ledger.insurer(), provider);
    }

    @Test
    void its_text_names_no_member() {
        assertThat(consent.toString()).doesNotContain(MEMBER_ID).contains(provider.getName().toString());
    }
}
