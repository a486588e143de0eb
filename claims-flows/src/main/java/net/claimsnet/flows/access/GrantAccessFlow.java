package net.claimsnet.flows.access;

import net.claimsnet.contracts.AccessGrantContract;
import net.claimsnet.flows.coverage.InsurerTransactionFlow;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.corda.core.identity.Party;

import java.time.Instant;

/**
 * The insurer grants the network's auditor access to part of its claims, from now until {@code expiresAt}.
 * The auditor receives the grant as every finalised transaction, and keeps it as a participant.
 */
public final class GrantAccessFlow {

    private GrantAccessFlow() {
    }

    public static final class Initiator extends InsurerTransactionFlow {

        private final AccessScope scope;
        private final String purpose;
        private final Instant expiresAt;

        public Initiator(AccessScope scope, String purpose, Instant expiresAt) {
            this.scope = scope;
            this.purpose = purpose;
            this.expiresAt = expiresAt;
        }

        @Override
        protected WireTransactionBuilder build(FlowContext context) {
            Party us = context.ourIdentity();
            if (!context.ledger().networkMap().partiesWithRole(NodeRole.INSURER).contains(us)) {
                throw new FlowException("Only an insurer grants access to its claims, and " + us.getName() + " is none");
            }
            Party auditor = context.auditor().orElseThrow(() -> new FlowException("The network map names no auditor"));
            Instant now = context.clock().instant();
            AccessGrantState grant = AccessGrantState.issue(us, auditor, scope, purpose, now, expiresAt);
            return new WireTransactionBuilder(context.notary())
                    .output(grant, AccessGrantContract.ID)
                    .command(new AccessGrantContract.Commands.Grant(), us.getOwningKey())
                    .timeWindow(AccessGrantTimes.around(now));
        }
    }
}
