/** Password hashing, the users-table identity store, the roles filter and the demo users, without a container. */
package net.claimsnet.web.security;
