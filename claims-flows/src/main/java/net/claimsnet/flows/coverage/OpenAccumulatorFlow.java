package net.claimsnet.flows.coverage;

import net.claimsnet.contracts.BenefitAccumulatorContract;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.BenefitAccumulatorState;

/** The insurer opens a member's benefit accumulator for a plan year (nothing met yet). */
public final class OpenAccumulatorFlow {

    private OpenAccumulatorFlow() {
    }

    public static final class Initiator extends InsurerTransactionFlow {

        private final BenefitAccumulatorState accumulator;

        public Initiator(BenefitAccumulatorState accumulator) {
            this.accumulator = accumulator;
        }

        @Override
        protected WireTransactionBuilder build(FlowContext context) {
            if (!accumulator.getInsurer().equals(context.ourIdentity())) {
                throw new FlowException("Only the accumulator's insurer opens it");
            }
            return new WireTransactionBuilder(context.notary())
                    .output(accumulator, BenefitAccumulatorContract.ID)
                    .command(new BenefitAccumulatorContract.Commands.Open(), context.ourIdentity().getOwningKey());
        }
    }
}
