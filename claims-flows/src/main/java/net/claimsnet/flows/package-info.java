/**
 * The node's flows: Corda-style initiator/responder pairs written as explicit state machines over
 * the ledger kernel, with the engine, transport, checkpoints, notary and back-chain resolution they run on.
 */
package net.claimsnet.flows;
