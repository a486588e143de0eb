package net.claimsnet.contracts;

import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

class RevokeAccessCommandTest {

    private static final Instant ISSUED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party insurer = ledger.insurer();
    private final Party auditor = ledger.auditor();
    private final AccessGrantState grant = AccessGrantState.issue(insurer, auditor, AccessScope.member(SampleClaims.MEMBER_ID),
            "Complaint 2026-118: review of this member's claims", ISSUED, ISSUED.plus(Duration.ofDays(90)));
    private final AccessGrantState revoked = grant.withRevocation(NOW, "Complaint withdrawn");

    private ContractTestLedger.Outcome revoke(AccessGrantState before, AccessGrantState after, PublicKey... signers) {
        StateAndRef<AccessGrantState> in = ledger.existing(AccessGrantContract.ID, before);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(AccessGrantContract.ID, after)
                .command(new AccessGrantContract.Commands.Revoke(), signers)
                .timeWindow(NOW.minusSeconds(30), NOW.plusSeconds(30)));
    }

    private ContractTestLedger.Outcome revoke(AccessGrantState after) {
        return revoke(grant, after, insurer.getOwningKey());
    }

    @Test
    void the_insurer_may_revoke_a_grant_stating_why() {
        revoke(revoked).verifies();
    }

    @Test
    void exactly_one_grant_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(AccessGrantContract.ID, revoked)
                .command(new AccessGrantContract.Commands.Revoke(), insurer.getOwningKey())
                .timeWindow(NOW.minusSeconds(30), NOW.plusSeconds(30)))
                .failsWith("Exactly one access grant must be consumed");
        StateAndRef<AccessGrantState> in = ledger.existing(AccessGrantContract.ID, grant);
        ledger.transaction(tx -> tx
                .input(in)
                .command(new AccessGrantContract.Commands.Revoke(), insurer.getOwningKey())
                .timeWindow(NOW.minusSeconds(30), NOW.plusSeconds(30)))
                .failsWith("Exactly one access grant must be produced");
    }

    @Test
    void a_revoked_grant_cannot_be_revoked_again() {
        revoke(revoked, revoked.withRevocation(NOW, "again"), insurer.getOwningKey())
                .failsWith("Only a grant not yet revoked can be revoked");
    }

    @Test
    void a_revocation_must_state_its_reason() {
        revoke(grant.withRevocation(NOW, " ")).failsWith("A revocation must state its reason");
    }

    @Test
    void a_revocation_changes_nothing_else() {
        String message = "A revocation must change nothing but the revocation time and reason";
        revoke(revoked.withExpiresAt(NOW.plus(Duration.ofDays(400)))).failsWith(message);
        revoke(revoked.withScope(AccessScope.member("M-2002"))).failsWith(message);
        revoke(revoked.withLinearId(new UniqueIdentifier())).failsWith(message);
        revoke(revoked.withAuditor(ledger.otherProvider())).failsWith(message);
    }

    @Test
    void the_revocation_time_is_vouched_for_by_the_notarys_time_window() {
        revoke(grant.withRevocation(NOW.minus(Duration.ofDays(1)), "Complaint withdrawn"))
                .failsWith("The revocation time must fall within the transaction's time window");
        StateAndRef<AccessGrantState> in = ledger.existing(AccessGrantContract.ID, grant);
        ledger.transaction(tx -> tx
                .input(in)
                .output(AccessGrantContract.ID, revoked)
                .command(new AccessGrantContract.Commands.Revoke(), insurer.getOwningKey()))
                .failsWith("A revocation must have a time window");
    }

    @Test
    void the_insurer_must_sign_a_revocation() {
        revoke(grant, revoked, auditor.getOwningKey()).failsWith("The insurer must sign a revocation");
    }
}
