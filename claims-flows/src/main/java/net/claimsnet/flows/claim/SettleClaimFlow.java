package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.finality.SignTransactionFlow;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.Settlement;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.time.LocalDate;
/**
 * The insurer pays what the adjudication allows, identified by the payment's EFT trace number; the
 * provider's countersignature confirms it received the remittance for its claim.
 */
public final class SettleClaimFlow {

    private SettleClaimFlow() {
    }

    public static final class Initiator extends CountersignedClaimFlow {

        private final String paymentReference;
        private final LocalDate paymentDate;

        /** @param paymentDate the day paid; null for today */
        public Initiator(UniqueIdentifier claimId, String paymentReference, LocalDate paymentDate) {
            super(claimId);
            this.paymentReference = paymentReference;
            this.paymentDate = paymentDate;
        }

        public Initiator(UniqueIdentifier claimId, String paymentReference) {
            this(claimId, paymentReference, null);
        }

        @Override
        SignedTransaction propose(FlowContext context) {
            if (paymentReference == null || paymentReference.isBlank()) {
                throw new FlowException("A settlement needs the payment's EFT trace number");
            }
            StateAndRef<ClaimState> claimRef = ClaimLedger.currentClaim(context, claimId);
            ClaimState claim = claimRef.getState().getData();
            if (!claim.getInsurer().equals(context.ourIdentity())) {
                throw new FlowException("Claim " + claimId + " is not filed with " + context.ourIdentity().getName());
            }
            ClaimLedger.requireLifecycle(ClaimLifecycle.SETTLE, claim);
            if (claim.getAdjudication().totalPaid().signum() <= 0) {
                throw new FlowException("Claim " + claimId + " pays nothing: there is nothing to settle");
            }
            LocalDate paid = paymentDate != null ? paymentDate
                    : LocalDate.ofInstant(context.clock().instant(), context.clock().getZone());
            Settlement settlement = new Settlement(claim.getAdjudication().totalPaid(), paid, paymentReference);
            return context.ledger().sign(context.ledger().build(
                    new WireTransactionBuilder(context.notary())
                            .input(claimRef)
                            .output(claim.withStatus(ClaimStatus.SETTLED).withSettlement(settlement), ClaimContract.ID)
                            .command(new ClaimContract.Commands.Settle(), context.ourIdentity().getOwningKey(),
                                    claim.getProvider().getOwningKey())));
        }

        @Override
        Party counterparty(FlowContext context) {
            return ClaimLedger.currentClaim(context, claimId).getState().getData().getProvider();
        }
    }

    /** The provider confirms: its own current claim, settled for what its adjudication pays, with a trace number. */
    public static final class Responder extends SignTransactionFlow {

        public Responder(FlowSession session) {
            super(session);
        }

        @Override
        protected void checkProposal(FlowContext context, SignedTransaction proposal, LedgerTransaction tx) {
            ClaimLedger.requireCommand(context, proposal, tx, ClaimContract.Commands.Settle.class);
            ClaimState before = ClaimLedger.requireOwnCurrentClaim(context, proposal, tx, context.ourIdentity(),
                    context.party(session.counterparty()));
            ClaimState after = tx.outputsOfType(ClaimState.class).get(0);
            Settlement settlement = after.getSettlement();
            if (settlement == null || before.getAdjudication() == null
                    || settlement.getAmount().compareTo(before.getAdjudication().totalPaid()) != 0) {
                throw refusal(context, proposal.getId(), "the settlement does not pay what the adjudication allows");
            }
        }
    }
}
