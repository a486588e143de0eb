/**
 * The node's JSON REST API for claims under /api/claims: thin JAX-RS resources over the claim desk,
 * JSON-B records in and out, exception mappers that answer every failure with a JSON error (400 naming
 * the field, 403, 404, 409 with the reason, 422 with the scrub findings), described for /openapi.
 */
package net.claimsnet.web.api;
