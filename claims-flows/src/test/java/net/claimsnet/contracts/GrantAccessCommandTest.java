package net.claimsnet.contracts;

import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.claimsnet.states.AccessScopeKind;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

class GrantAccessCommandTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final Instant WINDOW_FROM = NOW.minusSeconds(30);
    static final Instant WINDOW_UNTIL = NOW.plusSeconds(30);

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party insurer = ledger.insurer();
    private final Party auditor = ledger.auditor();
    private final AccessGrantState grant = AccessGrantState.issue(insurer, auditor, AccessScope.provider(ledger.provider().getName()),
            "2026 Q4 claims audit, engagement 4711", NOW, NOW.plus(Duration.ofDays(90)));

    private ContractTestLedger.Outcome grant(AccessGrantState issued, PublicKey... signers) {
        return ledger.transaction(tx -> tx
                .output(AccessGrantContract.ID, issued)
                .command(new AccessGrantContract.Commands.Grant(), signers)
                .timeWindow(WINDOW_FROM, WINDOW_UNTIL));
    }

    private ContractTestLedger.Outcome grant(AccessGrantState issued) {
        return grant(issued, insurer.getOwningKey());
    }

    @Test
    void the_insurer_may_grant_the_auditor_access_to_a_providers_claims() {
        grant(grant).verifies();
    }

    @Test
    void every_kind_of_scope_may_be_granted() {
        grant(grant.withScope(AccessScope.member(SampleClaims.MEMBER_ID))).verifies();
        grant(grant.withScope(AccessScope.claim("6f1c2d3e-0000-4000-8000-000000000001"))).verifies();
        grant(grant.withScope(AccessScope.servicesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))).verifies();
    }

    @Test
    void a_transaction_must_carry_exactly_one_access_grant_command() {
        ledger.transaction(tx -> tx
                .output(AccessGrantContract.ID, grant)
                .command(new AccessGrantContract.Commands.Grant(), insurer.getOwningKey())
                .command(new AccessGrantContract.Commands.Revoke(), insurer.getOwningKey())
                .timeWindow(WINDOW_FROM, WINDOW_UNTIL))
                .failsWith("An access grant transaction must carry exactly one access grant command");
    }

    @Test
    void granting_must_not_consume_a_grant() {
        StateAndRef<AccessGrantState> existing = ledger.existing(AccessGrantContract.ID, grant);
        ledger.transaction(tx -> tx
                .input(existing)
                .output(AccessGrantContract.ID, grant)
                .command(new AccessGrantContract.Commands.Grant(), insurer.getOwningKey())
                .timeWindow(WINDOW_FROM, WINDOW_UNTIL))
                .failsWith("No access grant may be consumed when granting access");
    }

    @Test
    void exactly_one_grant_must_be_issued() {
        ledger.transaction(tx -> tx
                .output(AccessGrantContract.ID, grant)
                .output(AccessGrantContract.ID, grant.withScope(AccessScope.member(SampleClaims.MEMBER_ID)))
                .command(new AccessGrantContract.Commands.Grant(), insurer.getOwningKey())
                .timeWindow(WINDOW_FROM, WINDOW_UNTIL))
                .failsWith("Exactly one access grant must be issued");
    }

    @Test
    void the_insurer_cannot_grant_access_to_itself() {
        grant(grant.withAuditor(insurer)).failsWith("The grant must name an auditor other than the insurer");
    }

    @Test
    void the_scope_must_name_its_subject_or_dates() {
        String message = "The grant's scope must name a provider, a member or a claim, or a range of service dates";
        grant(grant.withScope(AccessScope.member(" "))).failsWith(message);
        grant(grant.withScope(new AccessScope(AccessScopeKind.CLAIM, null, null, null))).failsWith(message);
        grant(grant.withScope(AccessScope.servicesBetween(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 1)))).failsWith(message);
        grant(grant.withScope(new AccessScope(AccessScopeKind.SERVICE_DATES, null, LocalDate.of(2026, 1, 1), null))).failsWith(message);
    }

    @Test
    void the_grant_must_state_its_purpose_in_at_most_200_characters() {
        grant(grant.withPurpose("")).failsWith("The grant must state its purpose");
        grant(grant.withPurpose("x".repeat(200))).verifies();
        grant(grant.withPurpose("x".repeat(201))).failsWith("The grant's purpose must be at most 200 characters");
    }

    @Test
    void a_new_grant_must_not_be_revoked() {
        grant(grant.withRevocation(NOW, "issued by mistake")).failsWith("A new grant must not be revoked");
    }

    @Test
    void the_issue_time_is_vouched_for_by_the_notarys_time_window() {
        ledger.transaction(tx -> tx
                .output(AccessGrantContract.ID, grant)
                .command(new AccessGrantContract.Commands.Grant(), insurer.getOwningKey()))
                .failsWith("A grant must have a time window");
        ledger.transaction(tx -> tx
                .output(AccessGrantContract.ID, grant)
                .command(new AccessGrantContract.Commands.Grant(), insurer.getOwningKey())
                .timeWindow(NOW.plusSeconds(60), NOW.plusSeconds(120)))
                .failsWith("The issue time must fall within the transaction's time window");
    }

    @Test
    void a_grant_must_expire_after_it_is_issued() {
        grant(grant.withExpiresAt(NOW)).failsWith("A grant must expire after it is issued");
    }

    @Test
    void a_grant_may_last_a_year_at_most() {
        grant(grant.withExpiresAt(NOW.plus(Duration.ofDays(366)))).verifies();
        grant(grant.withExpiresAt(NOW.plus(Duration.ofDays(366)).plusSeconds(1))).failsWith("A grant may last at most 366 days");
    }

    @Test
    void the_insurer_must_sign_a_grant() {
        grant(grant, auditor.getOwningKey()).failsWith("The insurer must sign a grant");
    }
}
