package net.claimsnet.contracts;

import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

/** The Record command of {@link MemberConsentContract}: each rule once holding, once broken with its message. */
class MemberConsentRecordCommandTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant WINDOW_FROM = NOW.minusSeconds(30);
    private static final Instant WINDOW_UNTIL = NOW.plusSeconds(30);

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party insurer = ledger.insurer();
    private final Party provider = ledger.provider();
    private final MemberConsentState consent = MemberConsentState.record(insurer, provider, SampleClaims.MEMBER_ID,
            "Continuity of care: cardiology referral", NOW, NOW.plus(Duration.ofDays(90)));

    private ContractTestLedger.Outcome record(MemberConsentState recorded, PublicKey... signers) {
        return ledger.transaction(tx -> tx
                .output(MemberConsentContract.ID, recorded)
                .command(new MemberConsentContract.Commands.Record(), signers)
                .timeWindow(WINDOW_FROM, WINDOW_UNTIL));
    }

    private ContractTestLedger.Outcome record(MemberConsentState recorded) {
        return record(recorded, insurer.getOwningKey());
    }

    @Test
    void the_insurer_may_record_a_members_consent_for_a_provider() {
        record(consent).verifies();
    }

    @Test
    void a_transaction_must_carry_exactly_one_member_consent_command() {
        ledger.transaction(tx -> tx
                .output(MemberConsentContract.ID, consent)
                .command(new MemberConsentContract.Commands.Record(), insurer.getOwningKey())
                .command(new MemberConsentContract.Commands.Withdraw(), insurer.getOwningKey())
                .timeWindow(WINDOW_FROM, WINDOW_UNTIL))
                .failsWith("A member consent transaction must carry exactly one member consent command");
    }

    @Test
    void recording_must_not_consume_a_consent() {
        StateAndRef<MemberConsentState> existing = ledger.existing(MemberConsentContract.ID, consent);
        ledger.transaction(tx -> tx
                .input(existing)
                .output(MemberConsentContract.ID, consent)
                .command(new MemberConsentContract.Commands.Record(), insurer.getOwningKey())
                .timeWindow(WINDOW_FROM, WINDOW_UNTIL))
                .failsWith("No consent may be consumed when recording one");
    }

    @Test
    void exactly_one_consent_must_be_recorded() {
        ledger.transaction(tx -> tx
                .output(MemberConsentContract.ID, consent)
                .output(MemberConsentContract.ID, consent.withProvider(ledger.otherProvider()))
                .command(new MemberConsentContract.Commands.Record(), insurer.getOwningKey())
                .timeWindow(WINDOW_FROM, WINDOW_UNTIL))
                .failsWith("Exactly one consent must be recorded");
    }

    @Test
    void the_insurer_cannot_be_the_provider_consented_to() {
        record(consent.withProvider(ledger.otherProvider())).verifies();
        record(consent.withProvider(insurer)).failsWith("The consent must name a provider other than the insurer");
    }

    @Test
    void the_consent_must_name_its_member() {
        record(consent.withMemberId("M-2002")).verifies();
        record(consent.withMemberId(" ")).failsWith("The consent must name the member");
        record(consent.withMemberId(null)).failsWith("The consent must name the member");
    }

    @Test
    void the_consent_must_state_its_purpose_in_at_most_200_characters() {
        record(consent.withPurpose("")).failsWith("The consent must state its purpose");
        record(consent.withPurpose("x".repeat(200))).verifies();
        record(consent.withPurpose("x".repeat(201))).failsWith("The consent's purpose must be at most 200 characters");
    }

    @Test
    void a_new_consent_must_not_be_withdrawn() {
        record(consent.withWithdrawal(NOW, "recorded by mistake")).failsWith("A new consent must not be withdrawn");
    }

    @Test
    void the_issue_time_is_vouched_for_by_the_notarys_time_window() {
        ledger.transaction(tx -> tx
                .output(MemberConsentContract.ID, consent)
                .command(new MemberConsentContract.Commands.Record(), insurer.getOwningKey()))
                .failsWith("A consent must have a time window");
        record(consent.withIssuedAt(WINDOW_UNTIL.plusSeconds(1)))
                .failsWith("The issue time must fall within the transaction's time window");
        record(consent.withIssuedAt(WINDOW_FROM)).verifies();
    }

    @Test
    void a_consent_must_expire_after_it_is_issued() {
        record(consent.withExpiresAt(NOW)).failsWith("A consent must expire after it is issued");
        record(consent.withExpiresAt(NOW.plusSeconds(1))).verifies();
    }

    @Test
    void a_consent_may_last_a_year_at_most() {
        record(consent.withExpiresAt(NOW.plus(Duration.ofDays(366)))).verifies();
        record(consent.withExpiresAt(NOW.plus(Duration.ofDays(366)).plusSeconds(1))).failsWith("A consent may last at most 366 days");
    }

    @Test
    void the_insurer_alone_signs_a_consent() {
        record(consent, provider.getOwningKey()).failsWith("The insurer alone must sign a consent");
        record(consent, insurer.getOwningKey(), provider.getOwningKey()).failsWith("The insurer alone must sign a consent");
        record(consent, insurer.getOwningKey(), insurer.getOwningKey()).verifies();
    }
}
