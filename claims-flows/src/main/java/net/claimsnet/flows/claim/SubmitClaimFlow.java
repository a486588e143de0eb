package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.SignTransactionFlow;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The provider files a claim. It asks the insurer for the member's coverage in force (and receives
 * the coverage's transaction, which the claim references), builds the claim with a time window,
 * signs, has the insurer countersign and the notary sign inside the window: the notarised time
 * window is the proof of timely filing.
 *
 * <p>The claim comes scrubbed: the provider's own edits ({@code ScrubRulesPort}) run once per filing,
 * in {@code ClaimDesk}, where every filing starts and its findings are shown before anything is filed.
 * The flow does not scrub again; what the ledger requires of a new claim, the contract verifies.
 */
public final class SubmitClaimFlow {

    private SubmitClaimFlow() {
    }

    public static final class Initiator extends FlowLogic<SignedTransaction> {

        private enum Stage { START, COVERAGE, FINISHED }

        private final ClaimDetails claim;
        private final CordaX500Name insurer;
        private Stage stage = Stage.START;
        private FlowSession session;

        public Initiator(ClaimDetails claim, CordaX500Name insurer) {
            this.claim = claim;
            this.insurer = insurer;
        }

        @Override
        protected Step call(FlowContext context) {
            switch (stage) {
                case START: {
                    Party insurerParty = context.party(insurer);
                    session = context.initiate(insurerParty, Initiator.class);
                    context.send(session, new EligibilityQuery(claim.getPatient().getMemberId(), firstDateOfService(claim)));
                    stage = Stage.COVERAGE;
                    return Step.receiveTransaction(session);
                }
                case COVERAGE: {
                    SignedTransaction coverageTransaction = context.received(SignedTransaction.class);
                    StateAndRef<CoverageState> coverage = coverageFrom(context, coverageTransaction);
                    Party insurerParty = context.party(insurer);
                    ClaimState submitted = ClaimState.submitted(context.ourIdentity(), insurerParty, claim,
                            coverage.getState().getData().getLinearId());
                    WireTransaction wire = context.ledger().build(new WireTransactionBuilder(context.notary())
                            .reference(coverage)
                            .output(submitted, ClaimContract.ID)
                            .command(new ClaimContract.Commands.Submit(),
                                    context.ourIdentity().getOwningKey(), insurerParty.getOwningKey())
                            .timeWindow(ClaimLedger.filingWindow(context)));
                    SignedTransaction proposal = context.ledger().sign(wire);
                    stage = Stage.FINISHED;
                    return Step.subFlow(ClaimLedger.signAndFinalise(proposal, session));
                }
                case FINISHED:
                default:
                    return done(context.received(SignedTransaction.class));
            }
        }

        /** The coverage the insurer named, after checking its transaction as any finished one. */
        private StateAndRef<CoverageState> coverageFrom(FlowContext context, SignedTransaction coverageTransaction) {
            // A transaction this node recorded was verified when it was recorded; its id commits to its content.
            if (!context.ledger().transactions().contains(coverageTransaction.getId())) {
                try {
                    context.ledger().verify(coverageTransaction, List.of());
                } catch (LedgerException e) {
                    throw new FlowException("The coverage " + insurer.getOrganisation() + " sent does not verify: "
                            + e.getMessage(), e);
                }
                context.ledger().record(coverageTransaction);
            }
            List<TransactionOutput> outputs = TransactionOutput.of(coverageTransaction);
            for (TransactionOutput output : outputs) {
                if (output.state instanceof CoverageState) {
                    CoverageState coverage = (CoverageState) output.state;
                    if (coverage.getMemberId().equals(claim.getPatient().getMemberId())
                            && coverage.getInsurer().getName().equals(insurer) && ClaimLedger.isActive(coverage)) {
                        return coverageTransaction.getTx().outRef(output.index);
                    }
                }
            }
            throw new FlowException(insurer.getOrganisation() + " named no active coverage for member "
                    + claim.getPatient().getMemberId());
        }
    }

    /** The insurer: answers with the member's coverage, then checks and countersigns the claim. */
    public static final class Responder extends SignTransactionFlow {

        private boolean queried;
        private StateRef offeredCoverage;

        public Responder(FlowSession session) {
            super(session);
        }

        @Override
        protected Step call(FlowContext context) {
            if (offeredCoverage == null) {
                if (!queried) {
                    queried = true;
                    return Step.receive(session, EligibilityQuery.class);
                }
                EligibilityQuery query = context.received(EligibilityQuery.class);
                StateAndRef<CoverageState> coverage = ClaimLedger.coverageInForce(context, query.getMemberId(),
                                query.getDateOfService())
                        .orElseThrow(() -> new FlowException(context.ourIdentity().getName().getOrganisation()
                                + " has no active coverage for member " + query.getMemberId() + " on " + query.getDateOfService()));
                offeredCoverage = coverage.getRef();
                context.sendTransaction(session, context.ledger().transactions().find(coverage.getRef().getTxhash())
                        .orElseThrow(() -> new IllegalStateException("The coverage's transaction is not recorded")));
            }
            return super.call(context);
        }

        @Override
        protected void checkProposal(FlowContext context, SignedTransaction proposal, LedgerTransaction tx) {
            ClaimLedger.requireCommand(context, proposal, tx, ClaimContract.Commands.Submit.class);
            List<ClaimState> claims = tx.outputsOfType(ClaimState.class);
            if (claims.size() != 1 || !tx.inputsOfType(ClaimState.class).isEmpty()) {
                throw refusal(context, proposal.getId(), "a submission files exactly one new claim");
            }
            ClaimState claim = claims.get(0);
            if (!claim.getInsurer().equals(context.ourIdentity())
                    || !claim.getProvider().getName().equals(session.counterparty())) {
                throw refusal(context, proposal.getId(), "the claim is not from " + session.counterparty().getOrganisation()
                        + " to " + context.ourIdentity().getName().getOrganisation());
            }
            List<StateAndRef<CoverageState>> coverages = tx.getReferences().stream()
                    .filter(r -> r.getState().getData() instanceof CoverageState)
                    .map(r -> (StateAndRef<CoverageState>) (StateAndRef<?>) r)
                    .collect(Collectors.toList());
            if (coverages.size() != 1 || !coverages.get(0).getRef().equals(offeredCoverage)) {
                throw refusal(context, proposal.getId(), "it does not reference the coverage offered");
            }
            CoverageState coverage = coverages.get(0).getState().getData();
            boolean current = !context.ledger().vault().isConsumed(offeredCoverage);
            boolean coversEveryLine = claim.getClaim().getServiceLines().stream()
                    .allMatch(line -> coverage.coversDate(line.getDateOfService()));
            if (!current || !coversEveryLine) {
                throw refusal(context, proposal.getId(), "coverage " + coverage.getLinearId() + " of member "
                        + coverage.getMemberId() + " is no longer in force for the dates of service");
            }
            ClaimLedger.requireFilingWindow(context, proposal, tx.getTimeWindow());
        }
    }

    static LocalDate firstDateOfService(ClaimDetails claim) {
        return claim.getServiceLines().stream().map(ServiceLine::getDateOfService)
                .min(LocalDate::compareTo).orElseThrow(() -> new FlowException("The claim has no service line"));
    }
}
