/**
 * The claim desk on the deterministic in-JVM network: each operation, each scope and role rule, the
 * checks made before any flow runs, and the audit trail.
 */
package net.claimsnet.node.desk;
