package net.claimsnet.contracts;

import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.CommandWithParties;
import net.corda.core.contracts.Contract;
import net.corda.core.contracts.Requirements;
import net.corda.core.contracts.TypeOnlyCommandData;
import net.corda.core.transactions.LedgerTransaction;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.util.List;

import static net.corda.core.contracts.ContractsDSL.requireSingleCommand;
import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * The rules for a member's coverage, which only its insurer issues, amends and terminates. A
 * claim that merely relies on a coverage (a reference input) runs no command here: Corda does not
 * run the contracts of reference states, and the coverage stays unconsumed.
 */
public class CoverageContract implements Contract {

    public static final String ID = "net.claimsnet.contracts.CoverageContract";

    public interface Commands extends CommandData {
        /** The insurer issues a new coverage. */
        class Issue extends TypeOnlyCommandData implements Commands { }

        /** The insurer changes an active coverage (plan, benefits, period). */
        class Amend extends TypeOnlyCommandData implements Commands { }

        /** The insurer ends a coverage, no later than its current end. */
        class Terminate extends TypeOnlyCommandData implements Commands { }
    }

    @Override
    public void verify(LedgerTransaction tx) {
        OutputCustody.verify(tx);
        requireThat(require -> {
            require.using("A coverage transaction must carry exactly one coverage command",
                    tx.commandsOfType(Commands.class).size() == 1);
            return null;
        });
        CommandWithParties<Commands> command = requireSingleCommand(tx.getCommands(), Commands.class);
        Commands value = command.getValue();
        List<PublicKey> signers = command.getSigners();

        if (value instanceof Commands.Issue) {
            verifyIssue(tx, signers);
        } else if (value instanceof Commands.Amend) {
            verifyAmend(tx, signers);
        } else if (value instanceof Commands.Terminate) {
            verifyTerminate(tx, signers);
        } else {
            throw new IllegalArgumentException("Unrecognised coverage command: " + value.getClass().getName());
        }
    }

    private static void verifyIssue(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("No coverage may be consumed when issuing coverage",
                    tx.inputsOfType(CoverageState.class).isEmpty());
            require.using("Exactly one coverage must be issued", tx.outputsOfType(CoverageState.class).size() == 1);
            CoverageState coverage = tx.outputsOfType(CoverageState.class).get(0);
            require.using("A new coverage must be active", coverage.getStatus() == CoverageStatus.ACTIVE);
            verifyTerms(require, coverage);
            require.using("The insurer must sign the issue of coverage",
                    signers.contains(coverage.getInsurer().getOwningKey()));
            return null;
        });
    }

    private static void verifyAmend(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneInOneOut(require, tx);
            CoverageState before = tx.inputsOfType(CoverageState.class).get(0);
            CoverageState after = tx.outputsOfType(CoverageState.class).get(0);
            requireSameCoverage(require, before, after);
            require.using("Only active coverage can be amended", before.getStatus() == CoverageStatus.ACTIVE);
            require.using("Amended coverage must stay active; terminate it instead",
                    after.getStatus() == CoverageStatus.ACTIVE);
            verifyTerms(require, after);
            require.using("The insurer must sign an amendment", signers.contains(before.getInsurer().getOwningKey()));
            return null;
        });
    }

    private static void verifyTerminate(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            requireOneInOneOut(require, tx);
            CoverageState before = tx.inputsOfType(CoverageState.class).get(0);
            CoverageState after = tx.outputsOfType(CoverageState.class).get(0);
            requireSameCoverage(require, before, after);
            require.using("Only active coverage can be terminated", before.getStatus() == CoverageStatus.ACTIVE);
            require.using("Terminated coverage must have status TERMINATED",
                    after.getStatus() == CoverageStatus.TERMINATED);
            require.using("Termination must not extend the coverage period", after.getPeriodEnd() != null
                    && before.getPeriodEnd() != null && !after.getPeriodEnd().isAfter(before.getPeriodEnd()));
            require.using("Termination must change nothing but the status and the end of the period",
                    after.equals(before.withStatus(CoverageStatus.TERMINATED).withPeriodEnd(after.getPeriodEnd())));
            verifyTerms(require, after);
            require.using("The insurer must sign a termination", signers.contains(before.getInsurer().getOwningKey()));
            return null;
        });
    }

    private static void verifyTerms(Requirements require, CoverageState coverage) {
        require.using("The coverage must name its plan", ClaimContract.isPresent(coverage.getPlanId()));
        require.using("The coverage period must start no later than it ends",
                coverage.getPeriodStart() != null && coverage.getPeriodEnd() != null
                        && !coverage.getPeriodStart().isAfter(coverage.getPeriodEnd()));
        BenefitSummary benefits = coverage.getBenefits();
        require.using("The coverage must state its benefits", benefits != null);
        require.using("Benefit amounts must not be negative", isNotNegative(benefits.getDeductible())
                && isNotNegative(benefits.getOutOfPocketMaximum()) && isNotNegative(benefits.getCopay()));
        require.using("Coinsurance must be between 0 and 100 percent",
                benefits.getCoinsurancePercent() >= 0 && benefits.getCoinsurancePercent() <= 100);
        boolean limitsValid = true;
        for (Integer limit : benefits.getVisitLimits().values()) {
            limitsValid &= limit != null && limit >= 0;
        }
        require.using("Visit limits must not be negative", limitsValid);
    }

    private static void requireOneInOneOut(Requirements require, LedgerTransaction tx) {
        require.using("Exactly one coverage must be consumed", tx.inputsOfType(CoverageState.class).size() == 1);
        require.using("Exactly one coverage must be produced", tx.outputsOfType(CoverageState.class).size() == 1);
    }

    private static void requireSameCoverage(Requirements require, CoverageState before, CoverageState after) {
        require.using("The coverage must keep its identifier, member and insurer",
                after.getLinearId().equals(before.getLinearId())
                        && after.getMemberId().equals(before.getMemberId())
                        && after.getInsurer().equals(before.getInsurer()));
    }

    private static boolean isNotNegative(BigDecimal amount) {
        return amount != null && amount.signum() >= 0;
    }
}
