/**
 * The flow engine: flows as explicit state machines ({@link net.claimsnet.flows.engine.FlowLogic}
 * returning a {@link net.claimsnet.flows.engine.Step} at each wait), checkpointed at every wait, resumed after
 * restarts, with sessions, retries, soft locks and the operator's retry/abandon, since Quasar fibers cannot run on Java 17.
 *
 * <p>One flow is a {@code Fiber} (its events, one at a time from its {@code Mailbox}); a {@code StepRunner}
 * moves its {@code FlowState} from wait to wait, an {@code ActionExecutor} commits the checkpoint
 * ({@code CheckpointFormat}) before sending what the step queued (in the step's own database transaction
 * only when the transport queues there, a durable outbox; a transport that delivers at once is called after
 * the commit), and a {@code StepGuard} puts the flow
 * back to its last checkpoint when a step throws (running it again after a transient database failure,
 * else failing it with the reason). The engine holds its flows in {@code LiveFibers}, by flow id and by
 * session; a {@code SessionRouter} takes each envelope to its session's flow, and at start-up a
 * {@code FlowRestoration} brings back the flows of the checkpoint store. The engine knows no protocol:
 * the notary, finality and resolution packages contribute their lean payloads
 * ({@link net.claimsnet.flows.engine.LeanPayloadType}) and back-chain resolution
 * ({@link net.claimsnet.flows.engine.BackChains}) through {@code META-INF/services}.
 */
package net.claimsnet.flows.engine;
