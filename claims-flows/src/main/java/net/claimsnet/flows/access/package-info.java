/**
 * Who may see a claim's PHI beyond its parties: the insurer's grants of access to the auditor
 * ({@code AccessGrantState}), issued and revoked by the insurer alone ({@link net.claimsnet.flows.access.GrantAccessFlow},
 * {@link net.claimsnet.flows.access.RevokeAccessFlow}), notarised for their time, kept by the insurer and the auditor;
 * and what they decide. Finality reports every transaction the auditor takes no part in as an
 * {@link net.claimsnet.flows.access.AuditTearOff} (proof of inputs, commands, signers and notary; the claims' figures;
 * no outputs), which the auditor checks and keeps ({@link net.claimsnet.flows.access.AuditTearOffFlow},
 * {@link net.claimsnet.flows.access.AuditTearOffStore}). A claim a grant opens reaches the auditor whole from its
 * insurer, whose grants decide ({@link net.claimsnet.flows.access.AuditorGrants},
 * {@link net.claimsnet.flows.access.GrantedDisclosureFlow}), each disclosure recorded there
 * ({@link net.claimsnet.flows.access.AuditorDisclosures}).
 */
package net.claimsnet.flows.access;
