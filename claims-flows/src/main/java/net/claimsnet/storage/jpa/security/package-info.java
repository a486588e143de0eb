/**
 * People and the trail they leave: users with password hashes and roles (read by Jakarta Security's
 * database identity store), and the audit log of who read or changed what, by resource id only.
 */
package net.claimsnet.storage.jpa.security;
