package net.claimsnet.flows.consent;

import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.MemberConsentState;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A provider asks an insurer for a member's claim history: the claims other providers filed with that
 * insurer for the member. Nothing is written to the ledger. The insurer answers only providers on the
 * signed network map, and only under a consent of that member for that provider in force now; it records
 * each disclosure, and each refusal, ({@link MemberHistoryDisclosures}) before the answer leaves the node.
 * A refusal is an answer, not a failure: the provider's flow ends with it, saying why.
 */
public final class MemberHistoryFlow {

    private MemberHistoryFlow() {
    }

    /** Runs on the provider's node. */
    public static final class Initiator extends FlowLogic<MemberHistoryAnswer> {

        private final CordaX500Name insurer;
        private final String memberId;
        private FlowSession session;

        public Initiator(CordaX500Name insurer, String memberId) {
            this.insurer = insurer;
            this.memberId = memberId;
        }

        @Override
        protected Step call(FlowContext context) {
            if (session == null) {
                session = context.initiate(context.party(insurer), Initiator.class);
                context.send(session, new MemberHistoryQuery(memberId));
                return Step.receive(session, MemberHistoryAnswer.class);
            }
            return done(context.received(MemberHistoryAnswer.class));
        }
    }

    /** Runs on the insurer's node. */
    public static final class Responder extends FlowLogic<MemberHistoryAnswer> {

        private static final Comparator<ClaimState> OLDEST_SERVICE_FIRST =
                Comparator.comparing(Responder::firstDateOfService).thenComparing(c -> c.getLinearId().getId());

        private final FlowSession session;
        private boolean queried;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!queried) {
                queried = true;
                return Step.receive(session, MemberHistoryQuery.class);
            }
            MemberHistoryQuery query = context.received(MemberHistoryQuery.class);
            Party provider = askingProvider(context);
            if (query.getMemberId() == null || query.getMemberId().isBlank()) {
                throw new FlowException("A question for a member's history names the member id");
            }
            MemberHistoryDisclosures disclosures = disclosures(context);
            Instant now = context.clock().instant();
            Optional<MemberConsentState> consent = consentInForce(context, query.getMemberId(), provider, now);
            MemberHistoryAnswer answer;
            if (consent.isEmpty()) {
                disclosures.refused(provider.getName());
                answer = MemberHistoryAnswer.refused(query.getMemberId(), "No consent of member " + query.getMemberId()
                        + " for " + provider.getName().getOrganisation() + " is in force at "
                        + context.ourIdentity().getName().getOrganisation());
            } else {
                List<ClaimState> claims = othersClaims(context, query.getMemberId(), provider);
                String consentId = consent.get().getLinearId().getId().toString();
                disclosures.disclosed(consentId, claims.stream().map(c -> c.getLinearId().getId().toString())
                        .collect(Collectors.toList()), provider.getName());
                answer = new MemberHistoryAnswer(query.getMemberId(), consentId, null,
                        claims.stream().map(MemberHistoryClaim::of).collect(Collectors.toList()));
            }
            context.send(session, answer);
            return done(answer);
        }

        /** The counterparty, if it is a provider on the signed network map: nobody else has a history to ask for. */
        private Party askingProvider(FlowContext context) {
            return context.ledger().networkMap().partiesWithRole(NodeRole.PROVIDER).stream()
                    .filter(p -> p.getName().equals(session.counterparty())).findFirst()
                    .orElseThrow(() -> new FlowException(context.ourIdentity().getName().getOrganisation()
                            + " answers questions for a member's history from providers only, not from "
                            + session.counterparty().getOrganisation()));
        }

        private static Optional<MemberConsentState> consentInForce(FlowContext context, String memberId, Party provider,
                                                                   Instant now) {
            return context.ledger().vault().unconsumedWithKey(MemberConsentState.class, ClaimLookupKeys.member(memberId))
                    .stream().map(s -> s.getState().getData())
                    .filter(c -> c.getInsurer().equals(context.ourIdentity()) && c.permits(memberId, provider, now))
                    .findFirst();
        }

        /** The current version of each claim filed with this insurer for the member by a provider other than the one asking. */
        private static List<ClaimState> othersClaims(FlowContext context, String memberId, Party provider) {
            return context.ledger().vault().unconsumedWithKey(ClaimState.class, ClaimLookupKeys.member(memberId)).stream()
                    .map(StateAndRef::getState).map(s -> s.getData())
                    .filter(c -> c.getInsurer().equals(context.ourIdentity()) && !c.getProvider().equals(provider))
                    .filter(c -> c.getClaim().getPatient() != null && memberId.equals(c.getClaim().getPatient().getMemberId()))
                    .sorted(OLDEST_SERVICE_FIRST)
                    .collect(Collectors.toList());
        }

        private static LocalDate firstDateOfService(ClaimState claim) {
            return claim.getClaim().getServiceLines().stream().map(ServiceLine::getDateOfService)
                    .min(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        }

        private static MemberHistoryDisclosures disclosures(FlowContext context) {
            try {
                return context.service(MemberHistoryDisclosures.class);
            } catch (IllegalStateException e) {
                // A history that could not be accounted for is not disclosed.
                throw new FlowException(context.ourIdentity().getName().getOrganisation()
                        + " keeps no record of the histories it discloses and discloses none");
            }
        }
    }
}
