/**
 * Signed heads of a node's audit chain and their way to the network's auditor: a node signs the hash
 * of its newest audit row with its ledger key and sends it ({@link net.claimsnet.flows.audit.AuditHeadFlow});
 * the auditor keeps every node's heads, so a node whose log was cut short can be shown what it had signed.
 */
package net.claimsnet.flows.audit;
