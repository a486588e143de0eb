/**
 * Idempotent filing in the node's database: the provider claim ids filings took ({@code filing_reservation})
 * and the answers kept for the API's Idempotency-Key header ({@code api_idempotency_key}).
 */
package net.claimsnet.storage.jpa.filing;
