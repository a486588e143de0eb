/**
 * The claim desk and the coverage desk on the deterministic in-JVM network: each operation, each
 * scope and role rule, the checks made before any flow runs, and the audit trail; an enrolled
 * member's claim adjudicated by the shipped Drools rules.
 */
package net.claimsnet.node.desk;
