/**
 * The X12 837 claim: its implementation guides (837P 005010X222A1, 837I 005010X223A2) as loop
 * structures and element rules ({@link net.claimsnet.web.x12.claims.ClaimGuide}), its mapping onto
 * the ledger's {@link net.claimsnet.states.ClaimDetails} ({@link net.claimsnet.web.x12.claims.Claim837Mapper}),
 * and the writing of an 837P from a claim ({@link net.claimsnet.web.x12.claims.Claim837Writer}).
 */
package net.claimsnet.web.x12.claims;
