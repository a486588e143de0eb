/**
 * The insurer's grants of access to the auditor ({@code AccessGrantState}): issued and revoked by the insurer
 * alone, notarised for their time, kept by the insurer and the auditor.
 */
package net.claimsnet.flows.access;
