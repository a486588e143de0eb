/**
 * The insurer's own ledger flows for what claims rely on: issuing and terminating a member's
 * coverage and opening a member's benefit accumulator; each finished transaction goes to the auditor.
 */
package net.claimsnet.flows.coverage;
