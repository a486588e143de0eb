/**
 * The claim lifecycle flows between provider and insurer (submit, request/provide information,
 * adjudicate, settle, appeal, void, replace): each an Initiator/Responder pair whose responder checks what it signs.
 */
package net.claimsnet.flows.claim;
