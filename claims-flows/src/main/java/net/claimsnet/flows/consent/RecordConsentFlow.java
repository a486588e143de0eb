package net.claimsnet.flows.consent;

import net.claimsnet.contracts.MemberConsentContract;
import net.claimsnet.flows.coverage.InsurerTransactionFlow;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.MemberConsentState;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.List;

/**
 * The insurer records, on its member's behalf, the member's consent that one provider see their claim
 * history, from now until {@code expiresAt}. The provider receives it as a participant; the auditor as
 * every finalised transaction.
 */
public final class RecordConsentFlow {

    private RecordConsentFlow() {
    }

    public static final class Initiator extends InsurerTransactionFlow {

        private final String memberId;
        private final CordaX500Name provider;
        private final String purpose;
        private final Instant expiresAt;

        public Initiator(String memberId, CordaX500Name provider, String purpose, Instant expiresAt) {
            this.memberId = memberId;
            this.provider = provider;
            this.purpose = purpose;
            this.expiresAt = expiresAt;
        }

        @Override
        protected WireTransactionBuilder build(FlowContext context) {
            Party us = context.ourIdentity();
            if (!context.ledger().networkMap().partiesWithRole(NodeRole.INSURER).contains(us)) {
                throw new FlowException("Only an insurer records its members' consents, and " + us.getName() + " is none");
            }
            Instant now = context.clock().instant();
            MemberConsentState consent = MemberConsentState.record(us, providerOnTheMap(context), memberId, purpose, now, expiresAt);
            return new WireTransactionBuilder(context.notary())
                    .output(consent, MemberConsentContract.ID)
                    .command(new MemberConsentContract.Commands.Record(), us.getOwningKey())
                    .timeWindow(ConsentTimes.around(now));
        }

        private Party providerOnTheMap(FlowContext context) {
            return context.ledger().networkMap().partiesWithRole(NodeRole.PROVIDER).stream()
                    .filter(p -> p.getName().equals(provider)).findFirst()
                    .orElseThrow(() -> new FlowException("No provider " + provider + " on the network map"));
        }

        @Override
        protected List<FlowSession> participantSessions(FlowContext context, SignedTransaction signed) {
            MemberConsentState consent = signed.getTx().outputsOfType(MemberConsentState.class).get(0);
            return List.of(context.initiate(consent.getProvider(), Initiator.class));
        }
    }

    /** Runs on the provider: records the consent it is named in, having checked it is one ({@link ConsentReceiver}). */
    public static final class Responder extends ConsentReceiver {

        public Responder(FlowSession session) {
            super(session);
        }
    }
}
