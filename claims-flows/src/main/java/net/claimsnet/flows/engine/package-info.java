/**
 * The flow engine: flows as explicit state machines ({@link net.claimsnet.flows.engine.FlowLogic}
 * returning a {@link net.claimsnet.flows.engine.Step} at each wait), checkpointed at every wait, resumed after
 * restarts, with sessions, retries, soft locks and the operator's retry/abandon, since Quasar fibers cannot run on Java 17.
 */
package net.claimsnet.flows.engine;
