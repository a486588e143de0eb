package net.claimsnet.flows.access;

import net.claimsnet.contracts.AccessGrantContract;
import net.claimsnet.flows.coverage.InsurerTransactionFlow;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.AccessGrantState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;

import java.time.Instant;

/** The insurer ends a grant now, saying why; the revoked grant stays on both ledgers. */
public final class RevokeAccessFlow {

    private RevokeAccessFlow() {
    }

    public static final class Initiator extends InsurerTransactionFlow {

        private final UniqueIdentifier grantId;
        private final String reason;

        public Initiator(UniqueIdentifier grantId, String reason) {
            this.grantId = grantId;
            this.reason = reason;
        }

        @Override
        protected WireTransactionBuilder build(FlowContext context) {
            StateAndRef<AccessGrantState> current = context.ledger().vault().latest(grantId, AccessGrantState.class)
                    .orElseThrow(() -> new FlowException("No access grant " + grantId + " on this node"));
            AccessGrantState grant = current.getState().getData();
            if (!grant.getInsurer().equals(context.ourIdentity())) {
                throw new FlowException("Only the insurer that issued access grant " + grantId + " revokes it");
            }
            if (grant.isRevoked()) {
                throw new FlowException("Access grant " + grantId + " was revoked already, at " + grant.getRevokedAt());
            }
            Instant now = context.clock().instant();
            return new WireTransactionBuilder(context.notary())
                    .input(current)
                    .output(grant.withRevocation(now, reason), AccessGrantContract.ID)
                    .command(new AccessGrantContract.Commands.Revoke(), context.ourIdentity().getOwningKey())
                    .timeWindow(AccessGrantTimes.around(now));
        }
    }
}
