package net.claimsnet.contracts;

import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

/** The Withdraw command of {@link MemberConsentContract}: each rule once holding, once broken with its message. */
class MemberConsentWithdrawCommandTest {

    private static final Instant ISSUED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party insurer = ledger.insurer();
    private final Party provider = ledger.provider();
    private final MemberConsentState consent = MemberConsentState.record(insurer, provider, SampleClaims.MEMBER_ID,
            "Second opinion, orthopaedics", ISSUED, ISSUED.plus(Duration.ofDays(90)));
    private final MemberConsentState withdrawn = consent.withWithdrawal(NOW, "The member asked by phone");

    private ContractTestLedger.Outcome withdraw(MemberConsentState before, MemberConsentState after, PublicKey... signers) {
        StateAndRef<MemberConsentState> in = ledger.existing(MemberConsentContract.ID, before);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(MemberConsentContract.ID, after)
                .command(new MemberConsentContract.Commands.Withdraw(), signers)
                .timeWindow(NOW.minusSeconds(30), NOW.plusSeconds(30)));
    }

    private ContractTestLedger.Outcome withdraw(MemberConsentState after) {
        return withdraw(consent, after, insurer.getOwningKey());
    }

    @Test
    void the_insurer_may_record_a_withdrawal_stating_why() {
        withdraw(withdrawn).verifies();
    }

    @Test
    void exactly_one_consent_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(MemberConsentContract.ID, withdrawn)
                .command(new MemberConsentContract.Commands.Withdraw(), insurer.getOwningKey())
                .timeWindow(NOW.minusSeconds(30), NOW.plusSeconds(30)))
                .failsWith("Exactly one consent must be consumed");
        StateAndRef<MemberConsentState> in = ledger.existing(MemberConsentContract.ID, consent);
        ledger.transaction(tx -> tx
                .input(in)
                .command(new MemberConsentContract.Commands.Withdraw(), insurer.getOwningKey())
                .timeWindow(NOW.minusSeconds(30), NOW.plusSeconds(30)))
                .failsWith("Exactly one consent must be produced");
    }

    @Test
    void a_withdrawn_consent_cannot_be_withdrawn_again() {
        withdraw(withdrawn, withdrawn.withWithdrawal(NOW, "again"), insurer.getOwningKey())
                .failsWith("Only a consent not yet withdrawn can be withdrawn");
    }

    @Test
    void a_withdrawal_must_state_its_reason() {
        withdraw(consent.withWithdrawal(NOW, " ")).failsWith("A withdrawal must state its reason");
        withdraw(consent.withWithdrawal(NOW, null)).failsWith("A withdrawal must state its reason");
    }

    @Test
    void a_withdrawal_changes_nothing_else() {
        String message = "A withdrawal must change nothing but the withdrawal time and reason";
        withdraw(withdrawn.withExpiresAt(NOW.plus(Duration.ofDays(400)))).failsWith(message);
        withdraw(withdrawn.withMemberId("M-2002")).failsWith(message);
        withdraw(withdrawn.withProvider(ledger.otherProvider())).failsWith(message);
        withdraw(withdrawn.withPurpose("Any purpose")).failsWith(message);
        withdraw(withdrawn.withLinearId(new UniqueIdentifier())).failsWith(message);
    }

    @Test
    void the_withdrawal_time_is_vouched_for_by_the_notarys_time_window() {
        withdraw(consent.withWithdrawal(NOW.minus(Duration.ofDays(1)), "The member asked by phone"))
                .failsWith("The withdrawal time must fall within the transaction's time window");
        StateAndRef<MemberConsentState> in = ledger.existing(MemberConsentContract.ID, consent);
        ledger.transaction(tx -> tx
                .input(in)
                .output(MemberConsentContract.ID, withdrawn)
                .command(new MemberConsentContract.Commands.Withdraw(), insurer.getOwningKey()))
                .failsWith("A withdrawal must have a time window");
    }

    @Test
    void the_insurer_alone_signs_a_withdrawal() {
        withdraw(consent, withdrawn, provider.getOwningKey()).failsWith("The insurer alone must sign a withdrawal");
        withdraw(consent, withdrawn, insurer.getOwningKey(), provider.getOwningKey())
                .failsWith("The insurer alone must sign a withdrawal");
    }
}
