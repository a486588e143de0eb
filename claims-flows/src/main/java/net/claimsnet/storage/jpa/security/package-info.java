/**
 * People and the trail they leave: users with password hashes and roles (read by Jakarta Security's
 * database identity store), the audit log of who read or changed what, by resource id only, as a hash
 * chain written in JDBC batches ({@code JpaAuditChainStore}), and the signed heads of audit chains
 * ({@code JpaAuditHeadStore}).
 */
package net.claimsnet.storage.jpa.security;
