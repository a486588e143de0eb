package net.claimsnet.flows.consent;

import net.claimsnet.contracts.MemberConsentContract;
import net.claimsnet.flows.coverage.InsurerTransactionFlow;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.List;

/** The insurer records that the member withdrew a consent, now, saying why; the withdrawn consent stays on both ledgers. */
public final class WithdrawConsentFlow {

    private WithdrawConsentFlow() {
    }

    public static final class Initiator extends InsurerTransactionFlow {

        private final UniqueIdentifier consentId;
        private final String reason;

        public Initiator(UniqueIdentifier consentId, String reason) {
            this.consentId = consentId;
            this.reason = reason;
        }

        @Override
        protected WireTransactionBuilder build(FlowContext context) {
            StateAndRef<MemberConsentState> current = context.ledger().vault().latest(consentId, MemberConsentState.class)
                    .orElseThrow(() -> new FlowException("No member consent " + consentId + " on this node"));
            MemberConsentState consent = current.getState().getData();
            if (!consent.getInsurer().equals(context.ourIdentity())) {
                throw new FlowException("Only the insurer that recorded member consent " + consentId + " withdraws it");
            }
            if (consent.isWithdrawn()) {
                throw new FlowException("Member consent " + consentId + " was withdrawn already, at " + consent.getWithdrawnAt());
            }
            Instant now = context.clock().instant();
            return new WireTransactionBuilder(context.notary())
                    .input(current)
                    .output(consent.withWithdrawal(now, reason), MemberConsentContract.ID)
                    .command(new MemberConsentContract.Commands.Withdraw(), context.ourIdentity().getOwningKey())
                    .timeWindow(ConsentTimes.around(now));
        }

        @Override
        protected List<FlowSession> participantSessions(FlowContext context, SignedTransaction signed) {
            MemberConsentState withdrawn = signed.getTx().outputsOfType(MemberConsentState.class).get(0);
            return List.of(context.initiate(withdrawn.getProvider(), Initiator.class));
        }
    }

    /** Runs on the provider: records the withdrawal of a consent it is named in, having checked it is one ({@link ConsentReceiver}). */
    public static final class Responder extends ConsentReceiver {

        public Responder(FlowSession session) {
            super(session);
        }
    }
}
