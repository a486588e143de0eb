/**
 * The inbound P2P endpoint other nodes POST their signed messages to, authenticated by each message's
 * signature against the signed network map rather than by a user role, and the threads of its own
 * its requests are read and taken in on.
 */
package net.claimsnet.web.p2p;
