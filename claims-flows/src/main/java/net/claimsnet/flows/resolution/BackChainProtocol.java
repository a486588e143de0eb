package net.claimsnet.flows.resolution;

import net.claimsnet.flows.engine.BackChains;
import net.claimsnet.ledger.NodeLedger;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Back-chain resolution as the flow engine runs it for every received transaction: this package's
 * resolution, server and authorisation behind the engine's {@link BackChains}. Registered in
 * {@code META-INF/services/net.claimsnet.flows.engine.BackChains}.
 */
public final class BackChainProtocol implements BackChains {

    @Override
    public Resolution resolve(SignedTransaction received) {
        return new BackChainResolution(received);
    }

    @Override
    public Collection<SecureHash> dependencies(SignedTransaction sent) {
        return BackChainAuthorisation.dependencies(sent);
    }

    @Override
    public FetchPermit permit(List<SecureHash> sent) {
        return new BackChainAuthorisation(sent);
    }

    @Override
    public Object serve(Object request, FetchPermit permit, NodeLedger ledger, CordaX500Name counterparty, Instant at) {
        return BackChainServer.serve((FetchRequest) request, (BackChainAuthorisation) permit, ledger, counterparty, at);
    }

    @Override
    public boolean isFetchResponse(Object message) {
        return message instanceof FetchResponse;
    }

    @Override
    public Object refusal(String reason) {
        return FetchResponse.refused(reason);
    }
}
