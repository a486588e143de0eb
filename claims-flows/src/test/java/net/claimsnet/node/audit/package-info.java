/** Tests of the audit chain between nodes: heads sent to the auditor, and a node's check against them. */
package net.claimsnet.node.audit;
