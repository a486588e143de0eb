/**
 * The ledger kernel's stores on JPA: transactions, vault states and attachments, kept as the bytes
 * Corda's AMQP storage serialization writes, with the columns that queries select on beside them.
 */
package net.claimsnet.storage.jpa.ledger;
