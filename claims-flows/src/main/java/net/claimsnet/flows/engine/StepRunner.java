package net.claimsnet.flows.engine;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs a flow's frames from one wait to the next: each step's {@link Step} moves the flow's
 * {@link FlowState} on (a frame pushed or popped, a lock taken, a message consumed, a wait begun),
 * and what the flow sends is queued with the {@link ActionExecutor}. It also takes the counterparties'
 * messages into their sessions and the answers to the flow's fetch requests. It decides nothing about
 * checkpoints or failures: the fiber commits after it returns, and its {@link StepGuard} puts the state
 * back if it throws.
 */
final class StepRunner {

    /** What {@link #run} and {@link #tryConsume} return while the flow waits. */
    static final Object WAITING = new Object();

    private final FlowEngine engine;
    private final String flowId;
    private final FlowState state;
    private final ActionExecutor actions;
    private final FiberContext context;

    StepRunner(FlowEngine engine, String flowId, FlowState state, ActionExecutor actions, Fiber fiber) {
        this.engine = engine;
        this.flowId = flowId;
        this.state = state;
        this.actions = actions;
        this.context = new FiberContext(engine, flowId, state, this, fiber);
    }

    /** Runs frames until the flow waits ({@link #WAITING}, its wait set) or ends (its result). */
    Object run(Object value) {
        Object next = value;
        while (true) {
            FlowLogic<?> frame = state.stack.get(state.stack.size() - 1);
            context.received = next;
            Step step = frame.call(context);
            if (step == null) {
                throw new IllegalStateException(frame.getClass().getName() + " returned no step");
            }
            switch (step.kind()) {
                case DONE:
                    state.stack.remove(state.stack.size() - 1);
                    if (state.stack.isEmpty()) {
                        return step.result();
                    }
                    next = step.result();
                    continue;
                case SUB_FLOW:
                    state.stack.add(step.subFlow());
                    next = null;
                    continue;
                case LOCK:
                    if (state.heldLocks.contains(step.lockKey()) || engine.locks().tryAcquire(step.lockKey(), flowId)) {
                        if (!state.heldLocks.contains(step.lockKey())) {
                            state.heldLocks.add(step.lockKey());
                        }
                        next = null;
                        continue;
                    }
                    state.wait = new Wait(Wait.Kind.LOCK, null, null, step.lockKey());
                    return WAITING;
                case RECEIVE:
                case RECEIVE_TRANSACTION: {
                    SessionState session = session(step.session());
                    if (!session.opened) {
                        throw new IllegalStateException("Flow waits on " + step.session() + " before sending anything on it");
                    }
                    state.wait = new Wait(step.kind() == Step.Kind.RECEIVE ? Wait.Kind.RECEIVE : Wait.Kind.RECEIVE_TRANSACTION,
                            session.id, step.expected() == null ? null : step.expected().getName(), null);
                    state.wait.withoutLimit = step.waitsWithoutLimit();
                    Object ready = tryConsume();
                    if (ready == WAITING) {
                        return WAITING;
                    }
                    state.wait = null;
                    next = ready;
                    continue;
                }
                default:
                    throw new IllegalStateException("Unknown step " + step.kind());
            }
        }
    }

    /** The next message of the awaited session if it is there (starting resolution for a transaction). */
    Object tryConsume() {
        SessionState session = state.sessions.get(state.wait.sessionId);
        SessionState.Inbound inbound = session.inbox.get(session.lastConsumed + 1);
        if (inbound == null) {
            return WAITING;
        }
        session.inbox.remove(session.lastConsumed + 1);
        session.lastConsumed++;
        Object message = Payloads.deserialize(inbound.payload, engine.parsedTransactions());
        if (inbound.kind == MessageKind.END) {
            throw new UnexpectedFlowEndException(((SessionError) message).getReason());
        }
        if (state.wait.kind == Wait.Kind.RECEIVE) {
            if (!typeNamed(state.wait.expectedType).isInstance(message)) {
                throw new FlowException(session.counterparty + " sent a " + message.getClass().getSimpleName()
                        + " where a " + typeNamed(state.wait.expectedType).getSimpleName() + " was expected");
            }
            return message;
        }
        if (!(message instanceof SignedTransaction)) {
            throw new FlowException(session.counterparty + " sent a " + message.getClass().getSimpleName()
                    + " where a transaction was expected");
        }
        SignedTransaction transaction = (SignedTransaction) message;
        BackChains.Resolution pending = ProtocolExtensions.backChains().resolve(transaction);
        List<SecureHash> missing = pending.missing(engine.services().ledger());
        if (missing.isEmpty()) {
            return transaction;
        }
        state.resolution = pending;
        state.wait = new Wait(Wait.Kind.RESOLVING, session.id, null, null);
        requestFetch(session, missing);
        return WAITING;
    }

    /**
     * Takes a counterparty's message into its session's inbox and returns the session; null for a message
     * refused (its sender is not party to the session) or taken in before. A repeat of the latest message
     * says its sender lost this side's answers: they are sent again at once.
     */
    SessionState takeIn(Envelope envelope) {
        SessionState session = state.sessions.get(envelope.sessionId());
        if (session == null || !session.counterparty.equals(envelope.sender())) {
            engine.reject(envelope, "it is not a party to session " + envelope.sessionId());
            return null;
        }
        session.acknowledged(envelope.acknowledged());
        boolean firstDelivery = engine.firstDeliveries().takeFirst(envelope.messageId());
        if (session.hasReceived(envelope.sequence()) || (!firstDelivery && engine.store().isProcessed(envelope.messageId()))) {
            if (envelope.sequence() == session.lastReceived) {
                resendUnacknowledged(session);
                actions.sendQueuedNow();
            }
            return null;
        }
        session.received(envelope);
        actions.consumed(envelope.messageId());
        return session;
    }

    /**
     * The answer to the flow's fetch request, if the envelope is one from the counterparty it waits on
     * while resolving; null for any other (ignored: the flow keeps waiting for a real answer).
     */
    Object awaitedFetchResponse(Envelope envelope) {
        if (!state.waitsFor(Wait.Kind.RESOLVING) || !state.wait.onSession(envelope.sessionId())
                || !state.sessions.get(envelope.sessionId()).counterparty.equals(envelope.sender())) {
            return null;
        }
        Object response = Payloads.deserialize(envelope.payload());
        if (!ProtocolExtensions.backChains().isFetchResponse(response)) {
            // As a failed cast here always did: the event is dropped, the flow keeps waiting for a real answer.
            throw new ClassCastException(envelope.sender() + " sent a " + response.getClass().getName() + " as a fetch response");
        }
        return response;
    }

    /**
     * Takes in the sender's answer to a fetch request: asks for what is still missing ({@link #WAITING}),
     * or, the chain complete, verifies and records it and returns the received transaction.
     */
    Object fetched(Object response) {
        SessionState session = state.sessions.get(state.wait.sessionId);
        state.resolution.acceptResponse(response, session.counterparty.toString(), engine.services().ledger());
        List<SecureHash> missing = state.resolution.missing(engine.services().ledger());
        if (!missing.isEmpty()) {
            requestFetch(session, missing);
            state.wait.attempts = 0;
            return WAITING;
        }
        state.resolution.verifyAndRecord(engine.services().ledger(), engine.services().observer());
        SignedTransaction top = state.resolution.top();
        state.resolution = null;
        state.wait = null;
        return top;
    }

    /** Answers a counterparty's fetch with what it may have of the transactions sent to it on the session. */
    void answerFetch(Envelope request) {
        SessionState session = state.sessions.get(request.sessionId());
        Object response;
        if (session == null || !session.counterparty.equals(request.sender())) {
            response = ProtocolExtensions.backChains().refusal("no such session");
        } else {
            response = ProtocolExtensions.backChains().serve(Payloads.deserialize(request.payload()), session.vending(),
                    engine.services().ledger(), session.counterparty, engine.clock().instant());
        }
        engine.send(new Envelope(request.sessionId() + "/fr/" + UUID.randomUUID(), engine.name(), request.sender(),
                request.sessionId(), MessageKind.FETCH_RESPONSE, 0, 0, null, Payloads.serialize(response)));
    }

    /** Asks the sender of the transaction being resolved for these of its dependencies. */
    void requestFetch(SessionState session, List<SecureHash> ids) {
        state.resolution.requesting(ids);
        actions.send(new Envelope(session.id + "/f/" + UUID.randomUUID(), engine.name(), session.counterparty, session.id,
                MessageKind.FETCH_REQUEST, 0, 0, null, Payloads.serialize(state.resolution.request())));
    }

    SessionState session(FlowSession handle) {
        SessionState session = state.sessions.get(handle.id());
        if (session == null) {
            throw new IllegalStateException("The flow has no " + handle);
        }
        return session;
    }

    /** Queues a message on the session (the session's first from its initiator opens it on the other side). */
    void send(SessionState session, Object message, MessageKind kind) {
        if (session.endSent) {
            throw new IllegalStateException("The flow already ended " + session.handle());
        }
        byte[] payload = actions.payload(message);
        MessageKind actual = kind == MessageKind.DATA && session.initiator && !session.opened ? MessageKind.INIT : kind;
        long sequence = session.nextSendSequence++;
        Envelope envelope = new Envelope(session.messageId(sequence, session.initiator), engine.name(), session.counterparty,
                session.id, actual, sequence, session.lastReceived, actual == MessageKind.INIT ? session.protocol : null, payload);
        session.opened = true;
        session.unacknowledged.add(envelope);
        actions.send(envelope);
    }

    /** Queues again what the counterparty has not acknowledged, acknowledging what this side received since. */
    void resendUnacknowledged(SessionState session) {
        for (Envelope envelope : session.unacknowledged) {
            actions.send(envelope.acknowledging(session.lastReceived));
        }
    }

    /** Tells every counterparty still in conversation that this flow stopped, so theirs stop waiting. */
    void endSessions(String reason) {
        for (SessionState session : state.sessions.values()) {
            boolean peerEnded = session.inbox.values().stream().anyMatch(m -> m.kind == MessageKind.END);
            if (session.opened && !session.endSent && !peerEnded) {
                send(session, new SessionError(reason), MessageKind.END);
                session.endSent = true;
            }
        }
    }

    /** Gives up the locks held, and the one waited for, to the flows queued for them. */
    void releaseLocks() {
        List<String> held = new ArrayList<>(state.heldLocks);
        if (state.wait != null && state.wait.kind == Wait.Kind.LOCK) {
            held.add(state.wait.lockKey);
        }
        actions.releaseLocks(held);
    }

    private static Class<?> typeNamed(String name) {
        try {
            return Class.forName(name, false, StepRunner.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown message type " + name, e);
        }
    }
}
