/**
 * The node's JSON REST API: claims under /api/claims (the claim desk) and, on the insurer's node,
 * member coverages under /api/coverages (the coverage desk: enrol, one or many, terminate, read with
 * the plan year's deductible and out-of-pocket met). Thin JAX-RS resources, JSON-B records in and out,
 * exception mappers that answer every failure with a JSON error (400 naming the field, 403, 404, 409
 * with the reason, 422 with the scrub findings), described for /openapi.
 */
package net.claimsnet.web.api;
