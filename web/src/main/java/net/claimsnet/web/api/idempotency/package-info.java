/**
 * The Idempotency-Key header on the claims API's POSTs (draft-ietf-httpapi-idempotency-key-header): a
 * request sent again under the same key gets the first one's answer replayed instead of acting twice.
 */
package net.claimsnet.web.api.idempotency;
