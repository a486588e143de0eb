/** Tests of the Idempotency-Key header: replay, another request under a key, a key in progress, bad keys. */
package net.claimsnet.web.api.idempotency;
