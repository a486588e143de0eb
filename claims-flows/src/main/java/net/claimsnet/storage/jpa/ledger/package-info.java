/**
 * The ledger kernel's stores on JPA: transactions, vault states, attachments and the tear-offs of
 * other parties' transactions a node knows only partly, kept as the bytes Corda's AMQP storage
 * serialization writes, with the columns that queries select on beside them.
 */
package net.claimsnet.storage.jpa.ledger;
