package net.claimsnet.node;

import net.claimsnet.flows.checkpoint.InMemoryCheckpointStore;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.notary.InMemoryUniquenessProvider;
import net.claimsnet.ledger.attachments.InMemoryAttachmentStore;
import net.claimsnet.ledger.storage.InMemoryTornOffTransactionStore;
import net.claimsnet.ledger.storage.InMemoryTransactionStore;
import net.claimsnet.ledger.storage.InMemoryVault;
import net.claimsnet.node.filing.InMemoryFilingReservations;

/**
 * Node stores for tests and in-JVM benchmarks: every store in memory, outliving a {@link Node} object (a
 * "restart" is a new node over the same stores) but not the JVM. No node of the network uses them: a server
 * wires its JPA stores ({@code NodeRuntime}).
 */
public final class TestNodeStores {

    private TestNodeStores() {
    }

    public static NodeStores inMemory() {
        return new NodeStores(new InMemoryTransactionStore(), new InMemoryVault(ClaimLookupKeys.INSTANCE),
                new InMemoryAttachmentStore(), new InMemoryCheckpointStore(), new InMemoryUniquenessProvider(),
                new InMemoryTornOffTransactionStore(), new InMemoryFilingReservations());
    }
}
