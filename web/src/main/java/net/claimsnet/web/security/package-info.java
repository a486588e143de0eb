/**
 * Who may call the node's API: HTTP Basic authentication (Jakarta Security) against the node's users
 * table, passwords kept only as salted PBKDF2 hashes, roles BILLING, ADJUSTER, AUDITOR and NODE_ADMIN
 * enforced from each resource's {@code @RolesAllowed}, and demo users for a fresh embedded node.
 */
package net.claimsnet.web.security;
