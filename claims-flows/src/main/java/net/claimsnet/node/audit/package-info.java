/**
 * The node's tamper-evident audit log: every row chained to the one before it by SHA-256
 * ({@link net.claimsnet.node.audit.AuditRow}), appended by one thread per node that commits what many
 * requests record in one transaction ({@link net.claimsnet.node.audit.AuditAppender}), the chain's head
 * signed with the node's key every N rows or M minutes and sent to the auditor
 * ({@link net.claimsnet.node.audit.AuditHeadSigner}), and the check that finds edited, deleted,
 * inserted and cut-off rows ({@link net.claimsnet.node.audit.AuditChainVerifier}).
 */
package net.claimsnet.node.audit;
