package net.claimsnet.flows.claim;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A provider asks an insurer whether a member is covered on a date, before it files a claim (the desk's
 * member look-up, FHIR CoverageEligibilityRequest, X12 270). Nothing is written to the ledger: the
 * insurer answers from its vault, only to providers on the signed network map, and records each answer
 * ({@link EligibilityDisclosures}) before it leaves the node.
 */
public final class EligibilityFlow {

    private EligibilityFlow() {
    }

    /** Runs on the provider's node. */
    public static final class Initiator extends FlowLogic<EligibilityAnswer> {

        private final CordaX500Name insurer;
        private final String memberId;
        private final LocalDate dateOfService;
        private FlowSession session;

        public Initiator(CordaX500Name insurer, String memberId, LocalDate dateOfService) {
            this.insurer = insurer;
            this.memberId = memberId;
            this.dateOfService = dateOfService;
        }

        @Override
        protected Step call(FlowContext context) {
            if (session == null) {
                session = context.initiate(context.party(insurer), Initiator.class);
                context.send(session, new EligibilityQuery(memberId, dateOfService));
                return Step.receive(session, EligibilityAnswer.class);
            }
            return done(context.received(EligibilityAnswer.class));
        }
    }

    /** Runs on the insurer's node. */
    public static final class Responder extends FlowLogic<EligibilityAnswer> {

        private final FlowSession session;
        private boolean queried;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!queried) {
                queried = true;
                return Step.receive(session, EligibilityQuery.class);
            }
            EligibilityQuery query = context.received(EligibilityQuery.class);
            String us = context.ourIdentity().getName().getOrganisation();
            boolean fromProvider = context.ledger().networkMap().partiesWithRole(NodeRole.PROVIDER).stream()
                    .map(Party::getName).anyMatch(session.counterparty()::equals);
            if (!fromProvider) {
                throw new FlowException(us + " answers eligibility questions from providers only, not from "
                        + session.counterparty().getOrganisation());
            }
            if (query.getMemberId() == null || query.getMemberId().isBlank() || query.getDateOfService() == null) {
                throw new FlowException("An eligibility question names a member id and a date of service");
            }
            EligibilityAnswer answer = answerTo(context, query);
            disclosures(context).answered(answer.getCoverageId(), session.counterparty());
            context.send(session, answer);
            return done(answer);
        }

        private static EligibilityAnswer answerTo(FlowContext context, EligibilityQuery query) {
            Optional<StateAndRef<CoverageState>> inForce = ClaimLedger.coverageInForce(context, query.getMemberId(),
                    query.getDateOfService());
            if (inForce.isEmpty() || !ClaimLedger.isActive(inForce.get().getState().getData())) {
                return EligibilityAnswer.notCovered(query.getMemberId(), query.getDateOfService());
            }
            CoverageState coverage = inForce.get().getState().getData();
            BenefitSummary benefits = coverage.getBenefits();
            Optional<BenefitAccumulatorState> accumulator = ClaimLedger.accumulator(context, coverage.getMemberId(),
                    coverage.getPlanId(), query.getDateOfService().getYear()).map(a -> a.getState().getData());
            // No accumulator yet for the plan year: nothing of it is met, all of the plan's limits remain.
            BigDecimal deductible = accumulator.map(BenefitAccumulatorState::getDeductibleLimit).orElse(benefits.getDeductible());
            BigDecimal outOfPocketMaximum = accumulator.map(BenefitAccumulatorState::getOutOfPocketLimit)
                    .orElse(benefits.getOutOfPocketMaximum());
            BigDecimal deductibleMet = accumulator.map(BenefitAccumulatorState::getDeductibleMet).orElse(BigDecimal.ZERO);
            BigDecimal outOfPocketMet = accumulator.map(BenefitAccumulatorState::getOutOfPocketMet).orElse(BigDecimal.ZERO);
            return new EligibilityAnswer(query.getMemberId(), query.getDateOfService(), true,
                    coverage.getLinearId().getId().toString(), coverage.getPlanId(), coverage.getPlanName(),
                    coverage.getPeriodStart(), coverage.getPeriodEnd(),
                    deductible, remaining(deductible, deductibleMet),
                    outOfPocketMaximum, remaining(outOfPocketMaximum, outOfPocketMet),
                    benefits.getCopay(), benefits.getCoinsurancePercent());
        }

        private static BigDecimal remaining(BigDecimal limit, BigDecimal met) {
            return limit == null ? null : limit.subtract(met).max(BigDecimal.ZERO);
        }

        private static EligibilityDisclosures disclosures(FlowContext context) {
            try {
                return context.service(EligibilityDisclosures.class);
            } catch (IllegalStateException e) {
                // An answer that could not be accounted for is not given.
                throw new FlowException(context.ourIdentity().getName().getOrganisation()
                        + " keeps no record of eligibility answers and gives none");
            }
        }
    }
}
