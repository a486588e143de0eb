/**
 * HL7 FHIR R4 at {@code /fhir}: the node's claims, remittances and eligibility in the industry's
 * resources (HAPI FHIR's model, parsers and validator), mapped onto the same desk services as the
 * claims desk and the JSON API, never a second path to the ledger. docs/fhir.md has the mapping table.
 */
package net.claimsnet.web.fhir;
