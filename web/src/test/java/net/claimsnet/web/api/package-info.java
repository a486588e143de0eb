/**
 * The REST resources and exception mappers called directly (no container) over a claim or coverage desk on the
 * deterministic in-JVM network: status codes, error bodies, the fields they name, the roles each endpoint needs.
 */
package net.claimsnet.web.api;
