package net.claimsnet.ledger.resolution;

import net.claimsnet.ledger.storage.TornOffTransactionStore;
import net.corda.core.contracts.StateRef;
import net.corda.core.node.ServicesForResolution;
import net.corda.core.transactions.WireTransaction;

import java.util.function.Function;

/**
 * Which services Corda resolves a transaction through. Normally the {@link LedgerServiceHub}, which
 * hands Corda recorded states as the bytes that were signed. Corda takes that path only for a
 * {@code ServiceHub} and then reads each input from a recorded wire transaction, which a state
 * known only from a tear-off does not have; a transaction consuming or referencing such a state is
 * resolved through {@link LedgerServices} instead, whose {@code loadState} answers from the tear-off.
 */
public final class ResolutionRoute implements Function<WireTransaction, ServicesForResolution> {

    private final ServicesForResolution recorded;
    private final ServicesForResolution withTearOffs;
    private final TornOffTransactionStore tornOff;

    public ResolutionRoute(ServicesForResolution recorded, ServicesForResolution withTearOffs, TornOffTransactionStore tornOff) {
        this.recorded = recorded;
        this.withTearOffs = withTearOffs;
        this.tornOff = tornOff;
    }

    @Override
    public ServicesForResolution apply(WireTransaction transaction) {
        for (StateRef ref : transaction.getInputs()) {
            if (tornOff.contains(ref.getTxhash())) {
                return withTearOffs;
            }
        }
        for (StateRef ref : transaction.getReferences()) {
            if (tornOff.contains(ref.getTxhash())) {
                return withTearOffs;
            }
        }
        return recorded;
    }
}
