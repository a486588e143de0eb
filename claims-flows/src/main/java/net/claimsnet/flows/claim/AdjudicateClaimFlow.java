package net.claimsnet.flows.claim;

import net.claimsnet.contracts.BenefitAccumulatorContract;
import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.CollectSignaturesFlow;
import net.claimsnet.flows.finality.FinalityFlow;
import net.claimsnet.flows.finality.SignTransactionFlow;
import net.claimsnet.flows.rules.AdjudicationDecision;
import net.claimsnet.flows.rules.AdjudicationRulesPort;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.math.BigDecimal;
import java.util.List;

/**
 * The insurer decides a claim (first, or again after an appeal). The decision comes from the rules
 * ({@link AdjudicationRulesPort}); when they ask for a review the claim is pended instead
 * ({@link PendClaimFlow}). An adjudication consumes and re-issues the member's benefit
 * accumulator, so two adjudications can never spend the same deductible (the insurer's flows queue
 * for it on a soft lock; the notary stops any that race past it). The provider countersigns receipt.
 */
public final class AdjudicateClaimFlow {

    private AdjudicateClaimFlow() {
    }

    public static final class Initiator extends FlowLogic<SignedTransaction> {

        private enum Stage { START, LOCKED, SIGNED, FINISHED }

        private final UniqueIdentifier claimId;
        private final Adjudication adjusterDecision;
        private Stage stage = Stage.START;
        private FlowSession session;

        /** The rules decide. */
        public Initiator(UniqueIdentifier claimId) {
            this(claimId, null);
        }

        /** An adjuster decided (a pended claim, for instance); the flow numbers the round and applies it to the accumulator. */
        public Initiator(UniqueIdentifier claimId, Adjudication adjusterDecision) {
            this.claimId = claimId;
            this.adjusterDecision = adjusterDecision;
        }

        @Override
        protected Step call(FlowContext context) {
            switch (stage) {
                case START: {
                    ClaimState claim = ownClaim(context).getState().getData();
                    CoverageState coverage = coverageOf(context, claim);
                    stage = Stage.LOCKED;
                    return Step.lock(ClaimLedger.accumulatorLock(coverage.getMemberId(), coverage.getPlanId(),
                            ClaimLedger.firstDateOfService(claim).getYear()));
                }
                case LOCKED: {
                    StateAndRef<ClaimState> claimRef = ownClaim(context);
                    ClaimState claim = claimRef.getState().getData();
                    CoverageState coverage = coverageOf(context, claim);
                    int planYear = ClaimLedger.firstDateOfService(claim).getYear();
                    StateAndRef<BenefitAccumulatorState> accumulator = ClaimLedger.accumulator(context,
                                    coverage.getMemberId(), coverage.getPlanId(), planYear)
                            .orElseThrow(() -> new FlowException("No benefit accumulator is open for member "
                                    + coverage.getMemberId() + ", plan " + coverage.getPlanId() + ", " + planYear));
                    AdjudicationDecision decision = adjusterDecision != null
                            ? applied(claim, adjusterDecision, accumulator.getState().getData())
                            : context.service(AdjudicationRulesPort.class).adjudicate(claim, coverage, accumulator.getState().getData());
                    if (decision.isPended()) {
                        stage = Stage.FINISHED;
                        return Step.subFlow(new PendClaimFlow.Initiator(claimId, decision.pend(), decision.pendReason()));
                    }
                    ClaimState adjudicated = claim.withAdjudication(decision.adjudication())
                            .withStatus(statusFor(decision.adjudication().getOutcome()));
                    Party provider = claim.getProvider();
                    // The claim first: Corda runs the contracts in order, and ClaimContract checks the accumulator's arithmetic.
                    SignedTransaction proposal = context.ledger().sign(context.ledger().build(
                            new WireTransactionBuilder(context.notary())
                                    .input(claimRef)
                                    .input(accumulator)
                                    .output(adjudicated, ClaimContract.ID)
                                    .output(decision.accumulatorAfter(), BenefitAccumulatorContract.ID)
                                    .command(new ClaimContract.Commands.Adjudicate(),
                                            context.ourIdentity().getOwningKey(), provider.getOwningKey())
                                    .command(new BenefitAccumulatorContract.Commands.Apply(),
                                            context.ourIdentity().getOwningKey())));
                    session = context.initiate(provider, Initiator.class);
                    stage = Stage.SIGNED;
                    return Step.subFlow(new CollectSignaturesFlow(proposal, List.of(session)));
                }
                case SIGNED:
                    stage = Stage.FINISHED;
                    return Step.subFlow(new FinalityFlow(context.received(SignedTransaction.class), List.of(session)));
                case FINISHED:
                default:
                    return done(context.received(SignedTransaction.class));
            }
        }

        private StateAndRef<ClaimState> ownClaim(FlowContext context) {
            StateAndRef<ClaimState> claim = ClaimLedger.currentClaim(context, claimId);
            if (!claim.getState().getData().getInsurer().equals(context.ourIdentity())) {
                throw new FlowException("Claim " + claimId + " is not filed with " + context.ourIdentity().getName());
            }
            ClaimLedger.requireLifecycle(ClaimLifecycle.ADJUDICATE, claim.getState().getData());
            return claim;
        }

        private static CoverageState coverageOf(FlowContext context, ClaimState claim) {
            return context.ledger().vault().latest(claim.getCoverageId(), CoverageState.class)
                    .orElseThrow(() -> new FlowException("The coverage " + claim.getCoverageId() + " of claim "
                            + claim.getLinearId() + " is not held by " + context.ourIdentity().getName().getOrganisation()))
                    .getState().getData();
        }

        /** The accumulator moves by what this decision puts on the patient, less what the claim's previous one did. */
        private static AdjudicationDecision applied(ClaimState claim, Adjudication decision, BenefitAccumulatorState accumulator) {
            Adjudication previous = claim.getAdjudication();
            Adjudication numbered = decision.withRound(previous == null ? 1 : previous.getRound() + 1);
            BigDecimal deductible = numbered.totalDeductible();
            BigDecimal outOfPocket = numbered.totalPatientResponsibility();
            if (previous != null) {
                deductible = deductible.subtract(previous.totalDeductible());
                outOfPocket = outOfPocket.subtract(previous.totalPatientResponsibility());
            }
            return AdjudicationDecision.decided(numbered, accumulator.plus(deductible, outOfPocket));
        }

        private static ClaimStatus statusFor(AdjudicationOutcome outcome) {
            switch (outcome) {
                case APPROVED:
                    return ClaimStatus.APPROVED;
                case PARTIALLY_APPROVED:
                    return ClaimStatus.PARTIALLY_APPROVED;
                default:
                    return ClaimStatus.DENIED;
            }
        }
    }

    /**
     * The provider countersigns receipt of the decision on its own claim, as its vault holds it now;
     * the decision's arithmetic and the accumulator's are the contracts' to check, and they were.
     */
    public static final class Responder extends SignTransactionFlow {

        public Responder(FlowSession session) {
            super(session);
        }

        @Override
        protected void checkProposal(FlowContext context, SignedTransaction proposal, LedgerTransaction tx) {
            ClaimLedger.requireCommand(context, proposal, tx, ClaimContract.Commands.Adjudicate.class);
            ClaimLedger.requireOwnCurrentClaim(context, proposal, tx, context.ourIdentity(),
                    context.party(session.counterparty()));
        }
    }
}
