package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.CheckpointStore;
import net.claimsnet.flows.checkpoint.FinishedSession;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.corda.core.identity.CordaX500Name;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Routes each inbound envelope to the flow of its session, starting the registered responder for
 * a session a counterparty opens; answers for sessions whose flow finished (a redelivered last
 * message gets the flow's last answers again); tells a peer what became of a session they share;
 * and keeps the envelopes it refused, with why.
 */
final class SessionRouter {

    private static final System.Logger LOG = System.getLogger(FlowEngine.class.getName());
    private static final int MAX_REJECTIONS_KEPT = 1_000;

    private final FlowEngine engine;
    private final FlowRegistry registry;
    private final LiveFibers fibers;
    private final List<String> rejections = new CopyOnWriteArrayList<>();

    SessionRouter(FlowEngine engine, FlowRegistry registry, LiveFibers fibers) {
        this.engine = engine;
        this.registry = registry;
        this.fibers = fibers;
    }

    void deliver(Envelope envelope) {
        if (engine.services().ledger().networkMap().find(envelope.sender()).isEmpty()) {
            reject(envelope, envelope.sender() + " is not on the network map");
            return;
        }
        Fiber fiber = fibers.ofSession(envelope.sessionId());
        switch (envelope.kind()) {
            case INIT:
                if (fiber == null) {
                    fiber = newResponder(envelope);
                    if (fiber == null) {
                        return;
                    }
                }
                post(fiber, envelope, f -> () -> f.onInbound(envelope));
                return;
            case DATA:
            case END:
                if (fiber == null) {
                    answerFinished(envelope);
                } else {
                    post(fiber, envelope, f -> () -> f.onInbound(envelope));
                }
                return;
            case FETCH_REQUEST:
                if (fiber == null) {
                    engine.send(new Envelope(envelope.sessionId() + "/fr/" + UUID.randomUUID(), engine.name(), envelope.sender(),
                            envelope.sessionId(), MessageKind.FETCH_RESPONSE, 0, 0, null,
                            Payloads.serialize(ProtocolExtensions.backChains().refusal("the session has ended"))));
                } else {
                    post(fiber, envelope, f -> () -> f.onFetchRequest(envelope));
                }
                return;
            case FETCH_RESPONSE:
                if (fiber != null) {
                    post(fiber, envelope, f -> () -> f.onFetchResponse(envelope));
                }
                return;
            default:
                reject(envelope, "unknown message kind");
        }
    }

    private void post(Fiber fiber, Envelope envelope, Function<Fiber, Runnable> event) {
        fiber.post(event.apply(fiber));
    }

    private Fiber newResponder(Envelope init) {
        CheckpointStore store = engine.store();
        CordaX500Name name = engine.name();
        if (!engine.firstDeliveries().isFirst(init.messageId()) && store.isProcessed(init.messageId())) {
            answerFinished(init);
            return null;
        }
        Function<FlowSession, FlowLogic<?>> factory = registry.responderFor(init.protocol());
        if (factory == null) {
            reject(init, "this node runs no responder for " + init.protocol());
            engine.send(new Envelope(init.sessionId() + "/r/1", name, init.sender(), init.sessionId(), MessageKind.END, 1,
                    init.sequence(), null, Payloads.serialize(new SessionError(
                    name.getOrganisation() + " runs no responder for " + init.protocol()))));
            return null;
        }
        SessionState session = new SessionState(init.sessionId(), init.sender(), init.protocol(), false);
        Fiber fiber = Fiber.responder(engine, factory.apply(session.handle()), session, engine.clock().instant());
        return fibers.addResponder(session.id, fiber);
    }

    /**
     * What this node knows of a session {@code asker} takes part in (see {@link FlowEngine#sessionStatus}):
     * the flow running on it, else what the store kept of it.
     */
    SessionStatus sessionStatus(String sessionId, CordaX500Name asker, boolean askerInitiated) {
        Fiber fiber = fibers.ofSession(sessionId);
        if (fiber != null) {
            return fiber.hasSessionWith(sessionId, asker)
                    ? new SessionStatus(sessionId, SessionStatus.State.ACTIVE, 0, false)
                    : new SessionStatus(sessionId, SessionStatus.State.UNKNOWN, 0, false);
        }
        Optional<FinishedSession> finished = engine.store().finishedSession(sessionId);
        if (finished.isPresent() && finished.get().unacknowledged().stream().allMatch(e -> e.recipient().equals(asker))) {
            return new SessionStatus(sessionId, SessionStatus.State.FINISHED, finished.get().lastReceived(), true);
        }
        // The session's opening message is the initiator's first, "<session>/i/1"; a session this node
        // opened itself had a flow here, which is gone.
        boolean seen = !askerInitiated || engine.store().isProcessed(sessionId + "/i/1");
        return new SessionStatus(sessionId, seen ? SessionStatus.State.FINISHED : SessionStatus.State.UNKNOWN, 0, false);
    }

    /** A message for a session whose flow finished: if it repeats the last one, the sender lost the answer. */
    void answerFinished(Envelope envelope) {
        if (!engine.store().isProcessed(envelope.messageId())) {
            return;
        }
        Optional<FinishedSession> finished = engine.store().finishedSession(envelope.sessionId());
        if (finished.isPresent() && envelope.sequence() == finished.get().lastReceived()) {
            for (Envelope answer : finished.get().unacknowledged()) {
                engine.send(answer.acknowledging(finished.get().lastReceived()));
            }
        }
    }

    void reject(Envelope envelope, String reason) {
        String rejection = "Refused " + envelope.kind() + " " + envelope.messageId() + " from " + envelope.sender()
                + ": " + reason;
        LOG.log(System.Logger.Level.WARNING, engine.name().getOrganisation() + " " + rejection);
        if (rejections.size() < MAX_REJECTIONS_KEPT) {
            rejections.add(rejection);
        }
    }

    List<String> rejections() {
        return List.copyOf(rejections);
    }
}
