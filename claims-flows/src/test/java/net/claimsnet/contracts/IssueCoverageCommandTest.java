package net.claimsnet.contracts;

import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.util.Collections;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static net.claimsnet.contracts.SampleClaims.money;

class IssueCoverageCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final BenefitSummary benefits = coverage.getBenefits();

    private ContractTestLedger.Outcome issue(CoverageState issued, PublicKey... signers) {
        return ledger.transaction(tx -> tx
                .output(CoverageContract.ID, issued)
                .command(new CoverageContract.Commands.Issue(), signers));
    }

    private ContractTestLedger.Outcome issue(CoverageState issued) {
        return issue(issued, insurer.getOwningKey());
    }

    @Test
    void the_insurer_may_issue_an_active_coverage() {
        issue(coverage).verifies();
    }

    @Test
    void a_transaction_must_carry_exactly_one_coverage_command() {
        ledger.transaction(tx -> tx
                .output(CoverageContract.ID, coverage)
                .command(new CoverageContract.Commands.Issue(), insurer.getOwningKey())
                .command(new CoverageContract.Commands.Terminate(), insurer.getOwningKey()))
                .failsWith("A coverage transaction must carry exactly one coverage command");
    }

    @Test
    void issuing_must_not_consume_a_coverage() {
        StateAndRef<CoverageState> existing = ledger.existing(CoverageContract.ID, coverage);
        ledger.transaction(tx -> tx
                .input(existing)
                .output(CoverageContract.ID, coverage)
                .command(new CoverageContract.Commands.Issue(), insurer.getOwningKey()))
                .failsWith("No coverage may be consumed when issuing coverage");
    }

    @Test
    void exactly_one_coverage_must_be_issued() {
        ledger.transaction(tx -> tx
                .output(CoverageContract.ID, coverage)
                .output(CoverageContract.ID, SampleClaims.coverage(insurer, "M-2002"))
                .command(new CoverageContract.Commands.Issue(), insurer.getOwningKey()))
                .failsWith("Exactly one coverage must be issued");
    }

    @Test
    void a_new_coverage_must_be_active() {
        issue(coverage.withStatus(CoverageStatus.TERMINATED)).failsWith("A new coverage must be active");
    }

    @Test
    void the_coverage_must_name_its_plan() {
        issue(coverage.withPlanId(" ")).failsWith("The coverage must name its plan");
    }

    @Test
    void the_period_may_be_a_single_day_but_must_not_end_before_it_starts() {
        issue(coverage.withPeriodEnd(coverage.getPeriodStart())).verifies();
        issue(coverage.withPeriodEnd(coverage.getPeriodStart().minusDays(1)))
                .failsWith("The coverage period must start no later than it ends");
        issue(coverage.withPeriodStart(null)).failsWith("The coverage period must start no later than it ends");
    }

    @Test
    void the_coverage_must_state_its_benefits() {
        issue(coverage.withBenefits(null)).failsWith("The coverage must state its benefits");
    }

    @Test
    void benefit_amounts_may_be_zero_but_not_negative() {
        issue(coverage.withBenefits(benefits.withDeductible(money("0.00")).withCopay(money("0.00")))).verifies();
        issue(coverage.withBenefits(benefits.withDeductible(money("-1.00"))))
                .failsWith("Benefit amounts must not be negative");
        issue(coverage.withBenefits(benefits.withOutOfPocketMaximum(money("-1.00"))))
                .failsWith("Benefit amounts must not be negative");
        issue(coverage.withBenefits(benefits.withCopay(null))).failsWith("Benefit amounts must not be negative");
    }

    @Test
    void coinsurance_is_a_percentage_from_zero_to_one_hundred() {
        issue(coverage.withBenefits(benefits.withCoinsurancePercent(0))).verifies();
        issue(coverage.withBenefits(benefits.withCoinsurancePercent(100))).verifies();
        issue(coverage.withBenefits(benefits.withCoinsurancePercent(101)))
                .failsWith("Coinsurance must be between 0 and 100 percent");
        issue(coverage.withBenefits(benefits.withCoinsurancePercent(-1)))
                .failsWith("Coinsurance must be between 0 and 100 percent");
    }

    @Test
    void visit_limits_must_not_be_negative() {
        issue(coverage.withBenefits(benefits.withVisitLimits(Collections.singletonMap("chiropractic", 0)))).verifies();
        issue(coverage.withBenefits(benefits.withVisitLimits(Collections.singletonMap("chiropractic", -1))))
                .failsWith("Visit limits must not be negative");
    }

    @Test
    void the_insurer_must_sign_the_issue() {
        issue(coverage, provider.getOwningKey()).failsWith("The insurer must sign the issue of coverage");
    }
}
