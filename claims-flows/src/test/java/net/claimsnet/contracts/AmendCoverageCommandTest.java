package net.claimsnet.contracts;

import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static net.claimsnet.contracts.SampleClaims.money;

class AmendCoverageCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final CoverageState amended = coverage.withPlanId("PPO-PLATINUM").withPlanName("Acme PPO Platinum")
            .withBenefits(coverage.getBenefits().withDeductible(money("500.00")));

    private ContractTestLedger.Outcome amend(CoverageState before, CoverageState after, PublicKey... signers) {
        StateAndRef<CoverageState> in = ledger.existing(CoverageContract.ID, before);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(CoverageContract.ID, after)
                .command(new CoverageContract.Commands.Amend(), signers));
    }

    private ContractTestLedger.Outcome amend(CoverageState after) {
        return amend(coverage, after, insurer.getOwningKey());
    }

    @Test
    void the_insurer_may_change_plan_benefits_and_period() {
        amend(amended).verifies();
        amend(coverage.withPeriodEnd(coverage.getPeriodEnd().plusYears(1))).verifies();
    }

    @Test
    void exactly_one_coverage_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(CoverageContract.ID, amended)
                .command(new CoverageContract.Commands.Amend(), insurer.getOwningKey()))
                .failsWith("Exactly one coverage must be consumed");
        StateAndRef<CoverageState> in = ledger.existing(CoverageContract.ID, coverage);
        ledger.transaction(tx -> tx
                .input(in)
                .command(new CoverageContract.Commands.Amend(), insurer.getOwningKey()))
                .failsWith("Exactly one coverage must be produced");
    }

    @Test
    void the_coverage_must_keep_its_identifier_member_and_insurer() {
        String message = "The coverage must keep its identifier, member and insurer";
        amend(amended.withLinearId(new UniqueIdentifier("COV-OTHER"))).failsWith(message);
        amend(amended.withMemberId("M-2002")).failsWith(message);
        amend(amended.withInsurer(ledger.otherInsurer())).failsWith(message);
    }

    @Test
    void only_active_coverage_can_be_amended() {
        CoverageState terminated = coverage.withStatus(CoverageStatus.TERMINATED);
        amend(terminated, amended.withStatus(CoverageStatus.TERMINATED), insurer.getOwningKey())
                .failsWith("Only active coverage can be amended");
    }

    @Test
    void an_amended_coverage_stays_active() {
        amend(amended.withStatus(CoverageStatus.TERMINATED))
                .failsWith("Amended coverage must stay active; terminate it instead");
    }

    @Test
    void the_amended_terms_must_be_valid() {
        amend(amended.withBenefits(amended.getBenefits().withCoinsurancePercent(120)))
                .failsWith("Coinsurance must be between 0 and 100 percent");
        amend(amended.withPeriodEnd(coverage.getPeriodStart().minusDays(1)))
                .failsWith("The coverage period must start no later than it ends");
    }

    @Test
    void the_insurer_must_sign_an_amendment() {
        amend(coverage, amended, provider.getOwningKey()).failsWith("The insurer must sign an amendment");
    }
}
