/**
 * Rate limits: token buckets per caller (a desk or API user, a peer node), so that one caller sending
 * far more than any legitimate client is slowed down (HTTP 429 with Retry-After) without affecting the others.
 */
package net.claimsnet.node.limits;
