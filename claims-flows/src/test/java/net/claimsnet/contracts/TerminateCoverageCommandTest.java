package net.claimsnet.contracts;

import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.time.LocalDate;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

class TerminateCoverageCommandTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final CoverageState terminated = coverage.withStatus(CoverageStatus.TERMINATED).withPeriodEnd(LAST_DAY);

    private ContractTestLedger.Outcome terminate(CoverageState before, CoverageState after, PublicKey... signers) {
        StateAndRef<CoverageState> in = ledger.existing(CoverageContract.ID, before);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(CoverageContract.ID, after)
                .command(new CoverageContract.Commands.Terminate(), signers));
    }

    private ContractTestLedger.Outcome terminate(CoverageState after) {
        return terminate(coverage, after, insurer.getOwningKey());
    }

    @Test
    void the_insurer_may_end_a_coverage_early() {
        terminate(terminated).verifies();
    }

    @Test
    void a_coverage_may_be_terminated_at_its_planned_end() {
        terminate(coverage.withStatus(CoverageStatus.TERMINATED)).verifies();
    }

    @Test
    void exactly_one_coverage_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(CoverageContract.ID, terminated)
                .command(new CoverageContract.Commands.Terminate(), insurer.getOwningKey()))
                .failsWith("Exactly one coverage must be consumed");
        StateAndRef<CoverageState> in = ledger.existing(CoverageContract.ID, coverage);
        ledger.transaction(tx -> tx
                .input(in)
                .command(new CoverageContract.Commands.Terminate(), insurer.getOwningKey()))
                .failsWith("Exactly one coverage must be produced");
    }

    @Test
    void the_coverage_must_keep_its_identifier_member_and_insurer() {
        terminate(terminated.withLinearId(new UniqueIdentifier()))
                .failsWith("The coverage must keep its identifier, member and insurer");
    }

    @Test
    void only_active_coverage_can_be_terminated() {
        terminate(terminated, terminated, insurer.getOwningKey()).failsWith("Only active coverage can be terminated");
    }

    @Test
    void a_terminated_coverage_has_status_terminated() {
        terminate(terminated.withStatus(CoverageStatus.ACTIVE)).failsWith("Terminated coverage must have status TERMINATED");
    }

    @Test
    void termination_must_not_extend_the_period() {
        terminate(terminated.withPeriodEnd(coverage.getPeriodEnd().plusDays(1)))
                .failsWith("Termination must not extend the coverage period");
    }

    @Test
    void termination_changes_nothing_but_the_status_and_the_end() {
        terminate(terminated.withPlanId("PPO-BRONZE"))
                .failsWith("Termination must change nothing but the status and the end of the period");
    }

    @Test
    void the_coverage_cannot_end_before_it_starts() {
        terminate(terminated.withPeriodEnd(coverage.getPeriodStart().minusDays(1)))
                .failsWith("The coverage period must start no later than it ends");
    }

    @Test
    void the_insurer_must_sign_a_termination() {
        terminate(coverage, terminated, provider.getOwningKey()).failsWith("The insurer must sign a termination");
    }
}
