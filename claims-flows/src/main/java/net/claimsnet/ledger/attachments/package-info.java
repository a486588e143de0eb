/**
 * Attachments: JARs kept by their SHA-256. The claims-contracts JAR is one, so every claim
 * transaction pins the exact contract code that governs it; claim documents are others.
 */
package net.claimsnet.ledger.attachments;
