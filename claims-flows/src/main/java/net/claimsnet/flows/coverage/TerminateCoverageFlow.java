package net.claimsnet.flows.coverage;

import net.claimsnet.contracts.CoverageContract;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;

import java.time.LocalDate;

/**
 * The insurer ends a member's coverage on a day: the coverage is consumed and re-issued as
 * TERMINATED, so a claim still referencing the old coverage state can no longer be notarised.
 */
public final class TerminateCoverageFlow {

    private TerminateCoverageFlow() {
    }

    public static final class Initiator extends InsurerTransactionFlow {

        private final UniqueIdentifier coverageId;
        private final LocalDate lastDay;

        public Initiator(UniqueIdentifier coverageId, LocalDate lastDay) {
            this.coverageId = coverageId;
            this.lastDay = lastDay;
        }

        @Override
        protected WireTransactionBuilder build(FlowContext context) {
            StateAndRef<CoverageState> current = context.ledger().vault().latest(coverageId, CoverageState.class)
                    .orElseThrow(() -> new FlowException("No current coverage " + coverageId));
            CoverageState coverage = current.getState().getData();
            return new WireTransactionBuilder(context.notary())
                    .input(current)
                    .output(coverage.withStatus(CoverageStatus.TERMINATED).withPeriodEnd(lastDay), CoverageContract.ID)
                    .command(new CoverageContract.Commands.Terminate(), context.ourIdentity().getOwningKey());
        }
    }
}
