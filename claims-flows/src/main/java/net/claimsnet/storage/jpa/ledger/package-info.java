/**
 * The ledger kernel's stores on JPA: transactions, vault states, attachments and the tear-offs of
 * other parties' transactions a node knows only partly, kept as the bytes Corda's AMQP storage
 * serialization writes, encrypted with the node's column key ({@code ColumnEncryption}), with the
 * columns that queries select on beside them, and each unconsumed state's lookup keys in a table of
 * their own, as keyed hashes ({@code LookupKeyHash}), so that the index names nobody. The vault keeps
 * the states it decoded lately
 * ({@code DecodedStates}): a row's content never changes once written.
 */
package net.claimsnet.storage.jpa.ledger;
