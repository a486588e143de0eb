/** Tests of what every claim list shares: the row, the lazy table model, its sorts and filters. */
package net.claimsnet.web.desk.claims;
