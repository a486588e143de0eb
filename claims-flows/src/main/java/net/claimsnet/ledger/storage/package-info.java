/**
 * Storage ports of the ledger kernel (transactions, vault, and the tear-offs of transactions a node
 * knows only in part) and their in-memory implementations; the server wires JPA implementations of
 * the same ports. A vault is looked up by class, by linear id and by the node's
 * {@link net.claimsnet.ledger.storage.VaultLookupKey} keys (on a claims node, the member a state is
 * about, and a claim's status, business id and provider), so that a flow or a desk reads the few states it
 * needs instead of every state the node holds. The
 * in-memory transaction store keeps serialized transactions off the Java heap
 * ({@link net.claimsnet.ledger.storage.OffHeapBytes}), out of the garbage collector's way.
 */
package net.claimsnet.ledger.storage;
