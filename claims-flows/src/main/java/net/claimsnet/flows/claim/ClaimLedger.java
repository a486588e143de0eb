package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.finality.SignAndFinaliseFlow;
import net.claimsnet.flows.finality.SignTransactionFlow;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the claim flows look up in a node's vault and check in the transactions they are asked to sign. */
final class ClaimLedger {

    /** How far a filing time window may reach back, for clocks that differ a little. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);
    /** How long a filing may take from building to notarisation; the notary refuses it after. */
    static final Duration FILING_WINDOW = Duration.ofMinutes(10);
    /** The widest time window an insurer accepts as proof of when a claim was filed. */
    static final Duration MAX_FILING_WINDOW = Duration.ofHours(1);

    private ClaimLedger() {
    }

    /** The current version of a claim this node holds. */
    static StateAndRef<ClaimState> currentClaim(FlowContext context, UniqueIdentifier claimId) {
        return context.ledger().vault().latest(claimId, ClaimState.class)
                .orElseThrow(() -> new FlowException("No current claim " + claimId + " on "
                        + context.ourIdentity().getName().getOrganisation()));
    }

    /**
     * Refuses, before a transaction is built, a step the claim as it stands does not allow, in the
     * lifecycle's words (the contract would refuse the transaction with the same rule).
     */
    static void requireLifecycle(ClaimLifecycle command, ClaimState claim) {
        if (!command.allowedOn(claim)) {
            throw new FlowException(command.refusal(claim));
        }
    }

    /** The time window that proves when a claim was filed: from a little before now until the filing must be notarised. */
    static TimeWindow filingWindow(FlowContext context) {
        Instant now = context.clock().instant();
        return TimeWindow.between(now.minus(CLOCK_TOLERANCE), now.plus(FILING_WINDOW));
    }

    /**
     * Collects the counterparty's signature and finalises; a filing window the notary refused (it was
     * down past it) is renewed with the same shape as {@link #filingWindow}.
     */
    static SignAndFinaliseFlow signAndFinalise(SignedTransaction proposal, FlowSession counterparty) {
        return new SignAndFinaliseFlow(proposal, List.of(counterparty), CLOCK_TOLERANCE, FILING_WINDOW);
    }

    static LocalDate firstDateOfService(ClaimState claim) {
        return claim.getClaim().getServiceLines().stream().map(ServiceLine::getDateOfService)
                .min(LocalDate::compareTo).orElseThrow(() -> new FlowException("The claim has no service line"));
    }

    /** The member's coverage in force on the date, as the insurer's vault holds it now. */
    static Optional<StateAndRef<CoverageState>> coverageInForce(FlowContext context, String memberId, LocalDate date) {
        for (StateAndRef<CoverageState> coverage : context.ledger().vault().unconsumedWithKey(CoverageState.class, ClaimLookupKeys.member(memberId))) {
            CoverageState state = coverage.getState().getData();
            if (state.getMemberId().equals(memberId) && state.getInsurer().equals(context.ourIdentity())
                    && state.coversDate(date)) {
                return Optional.of(coverage);
            }
        }
        return Optional.empty();
    }

    /** The member's benefit accumulator for a plan year, unconsumed in the insurer's vault. */
    static Optional<StateAndRef<BenefitAccumulatorState>> accumulator(FlowContext context, String memberId,
                                                                      String planId, int planYear) {
        for (StateAndRef<BenefitAccumulatorState> accumulator
                : context.ledger().vault().unconsumedWithKey(BenefitAccumulatorState.class, ClaimLookupKeys.member(memberId))) {
            BenefitAccumulatorState state = accumulator.getState().getData();
            if (state.getMemberId().equals(memberId) && state.getPlanYear() == planYear
                    && (planId == null ? state.getPlanId() == null : planId.equals(state.getPlanId()))) {
                return Optional.of(accumulator);
            }
        }
        return Optional.empty();
    }

    static String accumulatorLock(String memberId, String planId, int planYear) {
        return "benefit-accumulator:" + memberId + "/" + planId + "/" + planYear;
    }

    // ---- checks a responder makes before it signs -------------------------------------------------

    static void requireCommand(FlowContext context, SignedTransaction proposal, LedgerTransaction tx,
                               Class<? extends CommandData> command) {
        if (tx.commandsOfType(command).isEmpty()) {
            throw SignTransactionFlowRefusal.of(context, proposal, "it carries no " + command.getSimpleName() + " command");
        }
    }

    /**
     * The proposal consumes exactly one claim, the one this node holds as current, between this node
     * and the counterparty in the roles given; returns it.
     */
    static ClaimState requireOwnCurrentClaim(FlowContext context, SignedTransaction proposal, LedgerTransaction tx,
                                            Party provider, Party insurer) {
        List<StateAndRef<ClaimState>> inputs = tx.inRefsOfType(ClaimState.class);
        if (inputs.size() != 1) {
            throw SignTransactionFlowRefusal.of(context, proposal, "it must consume exactly one claim");
        }
        StateAndRef<ClaimState> input = inputs.get(0);
        ClaimState claim = input.getState().getData();
        if (!claim.getProvider().equals(provider) || !claim.getInsurer().equals(insurer)) {
            throw SignTransactionFlowRefusal.of(context, proposal, "claim " + claim.getLinearId()
                    + " is not between " + provider.getName().getOrganisation() + " and " + insurer.getName().getOrganisation());
        }
        Optional<StateAndRef<ClaimState>> current = context.ledger().vault().latest(claim.getLinearId(), ClaimState.class);
        if (current.isEmpty() || !current.get().getRef().equals(input.getRef())) {
            throw SignTransactionFlowRefusal.of(context, proposal, "claim " + claim.getLinearId()
                    + " is not the current version " + context.ourIdentity().getName().getOrganisation() + " holds");
        }
        return claim;
    }

    static void requireFilingWindow(FlowContext context, SignedTransaction proposal, TimeWindow window) {
        Instant now = context.clock().instant();
        if (window == null || window.getFromTime() == null || window.getUntilTime() == null) {
            throw SignTransactionFlowRefusal.of(context, proposal, "a filing needs a bounded time window");
        }
        if (!window.contains(now) || window.getLength().compareTo(MAX_FILING_WINDOW) > 0) {
            throw SignTransactionFlowRefusal.of(context, proposal, "its time window " + window.getFromTime() + " to "
                    + window.getUntilTime() + " does not prove the filing time (now " + now + ", at most "
                    + MAX_FILING_WINDOW.toMinutes() + " minutes); if the filing was just made, the two nodes' clocks"
                    + " disagree by more than the " + CLOCK_TOLERANCE.toSeconds() + " s tolerated (their health shows by how much)");
        }
    }

    static boolean isActive(CoverageState coverage) {
        return coverage.getStatus() == CoverageStatus.ACTIVE;
    }

    /** Refusals of responders, worded as {@link SignTransactionFlow} words them. */
    static final class SignTransactionFlowRefusal {
        private SignTransactionFlowRefusal() {
        }

        static FlowException of(FlowContext context, SignedTransaction proposal, String reason) {
            return new FlowException(context.ourIdentity().getName().getOrganisation() + " refuses to sign "
                    + proposal.getId() + ": " + reason);
        }
    }
}
