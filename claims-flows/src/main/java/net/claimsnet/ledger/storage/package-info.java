/**
 * Storage ports of the ledger kernel (transactions, vault, and the tear-offs of transactions a node
 * knows only in part); the server wires their JPA implementations ({@code net.claimsnet.storage.jpa.ledger});
 * the tests use in-memory ones of their own. A vault is looked up by class, by linear id and by the node's
 * {@link net.claimsnet.ledger.storage.VaultLookupKey} keys (on a claims node, the member a state is
 * about, and a claim's status, business id and provider), so that a flow or a desk reads the few states it
 * needs instead of every state the node holds.
 */
package net.claimsnet.ledger.storage;
