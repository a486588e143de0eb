package net.claimsnet.flows.coverage;

import net.claimsnet.contracts.CoverageContract;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.CoverageState;

/** The insurer issues a member's coverage. */
public final class IssueCoverageFlow {

    private IssueCoverageFlow() {
    }

    public static final class Initiator extends InsurerTransactionFlow {

        private final CoverageState coverage;

        public Initiator(CoverageState coverage) {
            this.coverage = coverage;
        }

        @Override
        protected WireTransactionBuilder build(FlowContext context) {
            if (!coverage.getInsurer().equals(context.ourIdentity())) {
                throw new FlowException("Only the coverage's insurer issues it");
            }
            return new WireTransactionBuilder(context.notary())
                    .output(coverage, CoverageContract.ID)
                    .command(new CoverageContract.Commands.Issue(), context.ourIdentity().getOwningKey());
        }
    }
}
