/**
 * The rules port implemented with Drools: rule sets compiled from config/rules and config/reference,
 * versioned by hash, reloaded when the files change, and run in pooled sessions, one claim per session.
 */
package net.claimsnet.rules.drools;
