/**
 * FHIR R4 resources to and from the ledger's claims, without HTTP: a submitted Claim (in a Bundle or
 * with contained resources) to {@link net.claimsnet.states.ClaimDetails} with the FHIRPath each
 * field came from, and a claim on the ledger to ClaimResponse and ExplanationOfBenefit; coverage to
 * CoverageEligibilityResponse. docs/fhir.md has the table.
 */
package net.claimsnet.web.fhir.mapping;
