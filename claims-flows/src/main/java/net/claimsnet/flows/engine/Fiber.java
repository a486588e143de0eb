package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.FinishedSession;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.identity.NodeRole;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One running flow: its stack of frames (the flow and the sub-flows it runs), its sessions, what it
 * waits for. Events for it (start, messages, timeouts, lock grants, operator actions) queue in its
 * mailbox and run one at a time, so a flow is never run by two threads at once while different
 * flows run in parallel. After each event that changes it, the fiber is checkpointed; only then are
 * the messages of that step sent. A step that throws leaves no trace: the fiber goes back to its
 * last checkpoint and is kept FAILED with the reason.
 */
final class Fiber {

    private static final Object NOT_READY = new Object();

    private final FlowEngine engine;
    final String id;
    private final FlowState state;
    private final CheckpointFormat format = new CheckpointFormat();
    FlowStatus status = FlowStatus.RUNNING;
    private String failure;

    private byte[] lastCheckpoint;
    private CompletableFuture<Object> result = new CompletableFuture<>();
    private final Mailbox mailbox;
    private final ActionExecutor actions;

    private Fiber(FlowEngine engine, String id, FlowState state) {
        this.engine = engine;
        this.id = id;
        this.state = state;
        this.mailbox = new Mailbox(engine);
        this.actions = new ActionExecutor(engine, id);
    }

    /** A flow started on this node. */
    static Fiber started(FlowEngine engine, FlowLogic<?> flow, Instant now) {
        Fiber fiber = new Fiber(engine, UUID.randomUUID().toString(), new FlowState(flow.getClass().getName(), now));
        fiber.state.stack.add(flow);
        fiber.lastCheckpoint = fiber.encode();
        return fiber;
    }

    /** A responder for a session a counterparty opened. */
    static Fiber responder(FlowEngine engine, FlowLogic<?> flow, SessionState session, Instant now) {
        Fiber fiber = new Fiber(engine, UUID.randomUUID().toString(), new FlowState(flow.getClass().getName(), now));
        fiber.state.stack.add(flow);
        session.opened = true;
        fiber.state.sessions.put(session.id, session);
        fiber.lastCheckpoint = fiber.encode();
        return fiber;
    }

    /** A flow as its checkpoint left it. */
    static Fiber restored(FlowEngine engine, Checkpoint checkpoint) {
        Fiber fiber = new Fiber(engine, checkpoint.flowId(), new FlowState(checkpoint.flowName(), checkpoint.startedAt()));
        fiber.load(checkpoint.state());
        fiber.lastCheckpoint = checkpoint.state();
        fiber.status = checkpoint.status();
        fiber.failure = checkpoint.failure();
        return fiber;
    }

    CompletableFuture<Object> result() {
        return result;
    }

    String rootName() {
        return state.rootName;
    }

    /** The state it was created with (a started flow's first checkpoint). */
    byte[] initialState() {
        return lastCheckpoint;
    }

    String failure() {
        return failure;
    }

    List<String> heldLocks() {
        return state.heldLocks;
    }

    boolean waitsForLock() {
        return state.waitsFor(Wait.Kind.LOCK);
    }

    /** The sessions of the flow, by id (for routing their messages to it). */
    Set<String> sessionIds() {
        return state.sessions.keySet();
    }

    // ---- mailbox ------------------------------------------------------------------------------

    void post(Runnable event) {
        mailbox.post(event);
    }

    // ---- events -------------------------------------------------------------------------------

    void onStart() {
        guard(null, () -> {
            state.started = true;
            run(null);
        });
    }

    void onInbound(Envelope envelope) {
        if (status.isFinished()) {
            engine.answerFinished(envelope);
            return;
        }
        SessionState session = state.sessions.get(envelope.sessionId());
        if (session == null || !session.counterparty.equals(envelope.sender())) {
            engine.reject(envelope, "it is not a party to session " + envelope.sessionId());
            return;
        }
        session.acknowledged(envelope.acknowledged());
        long sequence = envelope.sequence();
        if (sequence <= session.lastConsumed || session.inbox.containsKey(sequence)
                || engine.store().isProcessed(envelope.messageId())) {
            // Redelivered: handled once. If it is the latest, the sender is waiting for an answer it lost.
            if (sequence == session.lastReceived) {
                resendUnacknowledged(session);
                actions.sendQueuedNow();
            }
            return;
        }
        session.inbox.put(sequence, new SessionState.Inbound(envelope.kind(), envelope.payload()));
        session.lastReceived = Math.max(session.lastReceived, sequence);
        session.opened = true;
        actions.consumed(envelope.messageId());
        if (status == FlowStatus.FAILED) {
            commit();
            return;
        }
        if (!state.started) {
            guard(envelope, () -> {
                state.started = true;
                run(null);
            });
        } else if (state.wait != null && state.wait.onSession(session.id)
                && (state.wait.kind == Wait.Kind.RECEIVE || state.wait.kind == Wait.Kind.RECEIVE_TRANSACTION)) {
            guard(envelope, this::resumeWaiting);
        } else {
            commit();
        }
    }

    void onFetchRequest(Envelope envelope) {
        SessionState session = state.sessions.get(envelope.sessionId());
        Object response;
        if (session == null || !session.counterparty.equals(envelope.sender())) {
            response = ProtocolExtensions.backChains().refusal("no such session");
        } else {
            response = ProtocolExtensions.backChains().serve(Payloads.deserialize(envelope.payload()), session.vending(),
                    engine.services().ledger(), session.counterparty);
        }
        engine.send(new Envelope(envelope.sessionId() + "/fr/" + UUID.randomUUID(), engine.name(), envelope.sender(),
                envelope.sessionId(), MessageKind.FETCH_RESPONSE, 0, 0, null, Payloads.serialize(response)));
    }

    void onFetchResponse(Envelope envelope) {
        if (status != FlowStatus.RUNNING || state.wait == null || state.wait.kind != Wait.Kind.RESOLVING
                || !state.wait.onSession(envelope.sessionId()) || !state.sessions.get(envelope.sessionId()).counterparty.equals(envelope.sender())) {
            return;
        }
        Object response = Payloads.deserialize(envelope.payload());
        if (!ProtocolExtensions.backChains().isFetchResponse(response)) {
            // As a failed cast here always did: the event is dropped, the flow keeps waiting for a real answer.
            throw new ClassCastException(envelope.sender() + " sent a " + response.getClass().getName() + " as a fetch response");
        }
        guard(null, () -> {
            SessionState session = state.sessions.get(state.wait.sessionId);
            state.resolution.acceptResponse(response, session.counterparty.toString(), engine.services().ledger());
            List<SecureHash> missing = state.resolution.missing(engine.services().ledger());
            if (!missing.isEmpty()) {
                requestFetch(session, missing);
                state.wait.attempts = 0;
                suspend();
                return;
            }
            state.resolution.verifyAndRecord(engine.services().ledger(), engine.services().observer());
            SignedTransaction top = state.resolution.top();
            state.resolution = null;
            state.wait = null;
            actions.cancelTimer();
            run(top);
        });
    }

    void onTimeout(long token) {
        if (!actions.isCurrentTimer(token) || state.wait == null || status != FlowStatus.RUNNING || !state.wait.timesOut()) {
            return;
        }
        state.wait.attempts++;
        SessionState session = state.sessions.get(state.wait.sessionId);
        if (state.wait.attempts >= engine.settings().maxAttempts()) {
            markFailed("No answer from " + session.counterparty + " after " + state.wait.attempts
                    + " attempts while waiting for " + state.wait.describe(), false);
            return;
        }
        guard(null, () -> {
            if (state.wait.kind == Wait.Kind.RESOLVING) {
                requestFetch(session, state.resolution.outstanding());
            } else {
                resendUnacknowledged(session);
            }
            suspend();
        });
    }

    void onLockGranted(String key) {
        if (status != FlowStatus.RUNNING || state.wait == null || state.wait.kind != Wait.Kind.LOCK || !state.wait.lockKey.equals(key)) {
            actions.releaseLocks(List.of(key));
            return;
        }
        guard(null, () -> {
            state.heldLocks.add(key);
            state.wait = null;
            run(null);
        });
    }

    /** An operator retries a failed flow from its last checkpoint. */
    void onRetry(CompletableFuture<Object> retried) {
        if (status != FlowStatus.FAILED) {
            retried.completeExceptionally(new IllegalStateException("Flow " + id + " is " + status + ", not FAILED"));
            return;
        }
        result = retried;
        status = FlowStatus.RUNNING;
        failure = null;
        for (String key : state.heldLocks) {
            if (!engine.locks().tryAcquire(key, id)) {
                engine.locks().releaseAll(id, List.of());
                markFailed("Lock " + key + " is held by flow " + engine.locks().owner(key) + "; retry later", false);
                return;
            }
        }
        resume();
    }

    void onAbandon(String reason) {
        if (status.isFinished()) {
            return;
        }
        actions.cancelTimer();
        status = FlowStatus.ABANDONED;
        failure = reason;
        endSessions(engine.name().getOrganisation() + " abandoned the flow: " + reason);
        actions.persist(checkpoint(null), List.of());
        releaseLocks();
        engine.finished(this);
        result.completeExceptionally(new FlowFailedException(id, "Abandoned: " + reason));
    }

    /** After a restart or a retry: takes up the wait where the checkpoint left it. */
    void resume() {
        // A message delivered as the node came back may have run the flow on (or to its end) before this event.
        if (status != FlowStatus.RUNNING || (state.started && state.wait == null)) {
            return;
        }
        guard(null, () -> {
            if (!state.started) {
                state.started = true;
                run(null);
                return;
            }
            switch (state.wait.kind) {
                case LOCK:
                    if (engine.locks().tryAcquire(state.wait.lockKey, id)) {
                        state.heldLocks.add(state.wait.lockKey);
                        state.wait = null;
                        run(null);
                    }
                    return;
                case RESOLVING:
                    state.wait.attempts = 0;
                    requestFetch(state.sessions.get(state.wait.sessionId), state.resolution.outstanding());
                    suspend();
                    return;
                default:
                    state.wait.attempts = 0;
                    for (SessionState session : state.sessions.values()) {
                        resendUnacknowledged(session);
                    }
                    resumeWaiting();
            }
        });
    }

    // ---- running the flow ---------------------------------------------------------------------

    private void resumeWaiting() {
        Object value = tryConsume();
        if (value == NOT_READY) {
            suspend();
            return;
        }
        state.wait = null;
        actions.cancelTimer();
        run(value);
    }

    /** Runs frames until the flow waits or ends. */
    private void run(Object value) {
        Context context = new Context();
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
                        complete(step.result());
                        return;
                    }
                    next = step.result();
                    continue;
                case SUB_FLOW:
                    state.stack.add(step.subFlow());
                    next = null;
                    continue;
                case LOCK:
                    if (state.heldLocks.contains(step.lockKey()) || engine.locks().tryAcquire(step.lockKey(), id)) {
                        if (!state.heldLocks.contains(step.lockKey())) {
                            state.heldLocks.add(step.lockKey());
                        }
                        next = null;
                        continue;
                    }
                    state.wait = new Wait(Wait.Kind.LOCK, null, null, step.lockKey());
                    suspend();
                    return;
                case RECEIVE:
                case RECEIVE_TRANSACTION: {
                    SessionState session = session(step.session());
                    if (!session.opened) {
                        throw new IllegalStateException("Flow waits on " + step.session() + " before sending anything on it");
                    }
                    state.wait = new Wait(step.kind() == Step.Kind.RECEIVE ? Wait.Kind.RECEIVE : Wait.Kind.RECEIVE_TRANSACTION,
                            session.id, step.expected() == null ? null : step.expected().getName(), null);
                    Object ready = tryConsume();
                    if (ready == NOT_READY) {
                        suspend();
                        return;
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
    private Object tryConsume() {
        SessionState session = state.sessions.get(state.wait.sessionId);
        SessionState.Inbound inbound = session.inbox.get(session.lastConsumed + 1);
        if (inbound == null) {
            return NOT_READY;
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
        return NOT_READY;
    }

    private void requestFetch(SessionState session, List<SecureHash> ids) {
        state.resolution.requesting(ids);
        actions.send(new Envelope(session.id + "/f/" + UUID.randomUUID(), engine.name(), session.counterparty, session.id,
                MessageKind.FETCH_REQUEST, 0, 0, null, Payloads.serialize(state.resolution.request())));
    }

    private SessionState session(FlowSession handle) {
        SessionState session = state.sessions.get(handle.id());
        if (session == null) {
            throw new IllegalStateException("The flow has no " + handle);
        }
        return session;
    }

    private void send(SessionState session, Object message, MessageKind kind) {
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

    private void resendUnacknowledged(SessionState session) {
        for (Envelope envelope : session.unacknowledged) {
            actions.send(envelope.acknowledging(session.lastReceived));
        }
    }

    // ---- checkpoints and endings --------------------------------------------------------------

    private void suspend() {
        if (state.wait.timesOut()) {
            actions.armTimer(state.wait.attempts, token -> post(() -> onTimeout(token)));
        }
        commit();
    }

    private void commit() {
        byte[] encoded = encode();
        lastCheckpoint = encoded;
        // What the step sends is queued in the checkpoint's own commit where the stores share a database.
        actions.persist(checkpoint(encoded), List.of());
    }

    private Checkpoint checkpoint(byte[] encoded) {
        return new Checkpoint(id, state.rootName, status, failure, encoded, state.startedAt, engine.clock().instant());
    }

    private void complete(Object value) {
        status = FlowStatus.COMPLETED;
        actions.cancelTimer();
        List<FinishedSession> finished = new ArrayList<>();
        for (SessionState session : state.sessions.values()) {
            if (!session.unacknowledged.isEmpty()) {
                finished.add(new FinishedSession(session.id, session.lastReceived, session.unacknowledged));
            }
        }
        actions.persist(checkpoint(null), finished);
        releaseLocks();
        engine.finished(this);
        result.complete(value);
    }

    /**
     * Runs an event's work; if it throws, the fiber goes back to its last checkpoint (keeping the
     * message that triggered the event, for a retry) and is kept FAILED with the reason.
     */
    private void guard(Envelope trigger, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | StackOverflowError e) {
            actions.discardStep();
            load(lastCheckpoint);
            if (trigger != null) {
                SessionState session = state.sessions.get(trigger.sessionId());
                if (session != null && trigger.sequence() > session.lastConsumed) {
                    session.inbox.put(trigger.sequence(), new SessionState.Inbound(trigger.kind(), trigger.payload()));
                    session.lastReceived = Math.max(session.lastReceived, trigger.sequence());
                    session.opened = true;
                }
            }
            // A refusal (the flow's or the ledger's) ends the conversation; anything else is kept
            // with its sessions open, so that an operator's retry can carry on where it stopped.
            boolean refusal = e instanceof FlowException || e instanceof LedgerException;
            markFailed(describe(e), refusal);
            engine.failed(this, e);
        }
    }

    private void markFailed(String reason, boolean endSessions) {
        status = FlowStatus.FAILED;
        failure = reason;
        actions.cancelTimer();
        releaseLocks();
        if (endSessions) {
            String organisation = engine.name().getOrganisation();
            endSessions(reason.startsWith(organisation) ? reason : organisation + " could not go on: " + reason);
        }
        commit();
        result.completeExceptionally(new FlowFailedException(id, reason));
    }

    /** Tells every counterparty still in conversation that this flow stopped, so theirs stop waiting. */
    private void endSessions(String reason) {
        for (SessionState session : state.sessions.values()) {
            boolean peerEnded = session.inbox.values().stream().anyMatch(m -> m.kind == MessageKind.END);
            if (session.opened && !session.endSent && !peerEnded) {
                send(session, new SessionError(reason), MessageKind.END);
                session.endSent = true;
            }
        }
    }

    private void releaseLocks() {
        List<String> held = new ArrayList<>(state.heldLocks);
        if (state.wait != null && state.wait.kind == Wait.Kind.LOCK) {
            held.add(state.wait.lockKey);
        }
        actions.releaseLocks(held);
    }

    private static String describe(Throwable e) {
        if (e instanceof FlowException || e instanceof LedgerException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private byte[] encode() {
        return format.encode(id, state);
    }

    private void load(byte[] checkpoint) {
        format.decodeInto(id, checkpoint, state);
    }

    private static Class<?> typeNamed(String name) {
        try {
            return Class.forName(name, false, Fiber.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown message type " + name, e);
        }
    }

    /** What the flow's code sees during one event. */
    private final class Context implements FlowContext {

        Object received;

        @Override
        public String flowId() {
            return id;
        }

        @Override
        public Party ourIdentity() {
            return engine.services().ledger().identity();
        }

        @Override
        public NodeLedger ledger() {
            return engine.services().ledger();
        }

        @Override
        public Clock clock() {
            return engine.clock();
        }

        @Override
        public <S> S service(Class<S> type) {
            return engine.services().service(type);
        }

        @Override
        public Party party(CordaX500Name name) {
            return engine.services().ledger().networkMap().party(name);
        }

        @Override
        public Party notary() {
            List<Party> notaries = engine.services().ledger().networkMap().partiesWithRole(NodeRole.NOTARY);
            if (notaries.isEmpty()) {
                throw new FlowException("The network map names no notary");
            }
            return notaries.get(0);
        }

        @Override
        public Optional<Party> auditor() {
            return engine.services().ledger().networkMap().partiesWithRole(NodeRole.AUDITOR).stream().findFirst();
        }

        @Override
        public FlowSession initiate(Party counterparty, Class<?> protocol) {
            Party known = party(counterparty.getName());
            if (!known.getOwningKey().equals(counterparty.getOwningKey())) {
                throw new FlowException(counterparty.getName() + " is not on the network map with that key");
            }
            if (known.equals(ourIdentity())) {
                throw new FlowException("A flow cannot open a session with its own node");
            }
            SessionState session = new SessionState(UUID.randomUUID().toString(), known.getName(), protocol.getName(), true);
            state.sessions.put(session.id, session);
            engine.register(session.id, Fiber.this);
            return session.handle();
        }

        @Override
        public void send(FlowSession session, Object message) {
            Fiber.this.send(session(session), message, MessageKind.DATA);
        }

        @Override
        public void sendTransaction(FlowSession session, SignedTransaction transaction) {
            SessionState sending = session(session);
            sending.sentTransaction(transaction);
            Fiber.this.send(sending, transaction, MessageKind.DATA);
        }

        @Override
        public void releaseLocks() {
            Fiber.this.releaseLocks();
            state.heldLocks.clear();
        }

        @Override
        public <R> R received(Class<R> type) {
            if (received == null) {
                return null;
            }
            if (!type.isInstance(received)) {
                throw new IllegalStateException("The flow expected a " + type.getSimpleName() + " but received a "
                        + received.getClass().getSimpleName());
            }
            return type.cast(received);
        }
    }
}
