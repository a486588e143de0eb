/**
 * The claim lifecycle flows between provider and insurer (submit, request/provide information,
 * pend, adjudicate, settle, appeal, void, replace): each an Initiator/Responder pair whose responder checks what it signs.
 * An initiator checks first that the claim's status allows its step ({@link net.claimsnet.contracts.ClaimLifecycle},
 * which the contract verifies too) and refuses in the lifecycle's words; a filing comes already scrubbed, by the desk.
 *
 * <p>A pend records why on the ledger (reason codes and a note without PHI, {@link net.claimsnet.states.PendReason});
 * an adjudication consumes the member's benefit accumulator, whose previous transaction (often
 * another provider's adjudication) the provider receives only as a Merkle tear-off
 * (see {@link net.claimsnet.flows.resolution}).
 */
package net.claimsnet.flows.claim;
