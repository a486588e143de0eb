package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.FinishedSession;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.resolution.BackChainResolution;
import net.claimsnet.flows.resolution.BackChainServer;
import net.claimsnet.flows.resolution.FetchRequest;
import net.claimsnet.flows.resolution.FetchResponse;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.identity.NodeRole;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

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
    private static final int FORMAT = 1;
    private static final int MAX_EVENTS_PER_TURN = 32;

    private final FlowEngine engine;
    final String id;
    private String rootName;
    private Instant startedAt;
    private boolean started;
    private final List<FlowLogic<?>> stack = new ArrayList<>();
    final Map<String, SessionState> sessions = new LinkedHashMap<>();
    private Wait wait;
    private BackChainResolution resolution;
    private final List<String> heldLocks = new ArrayList<>();
    FlowStatus status = FlowStatus.RUNNING;
    private String failure;

    private byte[] lastCheckpoint;
    private CompletableFuture<Object> result = new CompletableFuture<>();
    private final List<Envelope> outbox = new ArrayList<>();
    private final List<String> processed = new ArrayList<>();
    private final ObjectCodec codec = new ObjectCodec();
    private final Map<Object, byte[]> sentPayloads = new IdentityHashMap<>();
    private Scheduler.Cancellable timer;
    private long timerToken;
    private final ConcurrentLinkedQueue<Runnable> mailbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    private Fiber(FlowEngine engine, String id) {
        this.engine = engine;
        this.id = id;
    }

    /** A flow started on this node. */
    static Fiber started(FlowEngine engine, FlowLogic<?> flow, Instant now) {
        Fiber fiber = new Fiber(engine, UUID.randomUUID().toString());
        fiber.rootName = flow.getClass().getName();
        fiber.startedAt = now;
        fiber.stack.add(flow);
        fiber.lastCheckpoint = fiber.encode();
        return fiber;
    }

    /** A responder for a session a counterparty opened. */
    static Fiber responder(FlowEngine engine, FlowLogic<?> flow, SessionState session, Instant now) {
        Fiber fiber = new Fiber(engine, UUID.randomUUID().toString());
        fiber.rootName = flow.getClass().getName();
        fiber.startedAt = now;
        fiber.stack.add(flow);
        session.opened = true;
        fiber.sessions.put(session.id, session);
        fiber.lastCheckpoint = fiber.encode();
        return fiber;
    }

    /** A flow as its checkpoint left it. */
    static Fiber restored(FlowEngine engine, Checkpoint checkpoint) {
        Fiber fiber = new Fiber(engine, checkpoint.flowId());
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
        return rootName;
    }

    /** The state it was created with (a started flow's first checkpoint). */
    byte[] initialState() {
        return lastCheckpoint;
    }

    String failure() {
        return failure;
    }

    List<String> heldLocks() {
        return heldLocks;
    }

    boolean waitsForLock() {
        return wait != null && wait.kind == Wait.Kind.LOCK;
    }

    // ---- mailbox ------------------------------------------------------------------------------

    void post(Runnable event) {
        mailbox.add(event);
        if (scheduled.compareAndSet(false, true)) {
            engine.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable event;
            int count = 0;
            while (count++ < MAX_EVENTS_PER_TURN && (event = mailbox.poll()) != null) {
                if (!engine.isStopped()) {
                    event.run();
                }
            }
        } finally {
            scheduled.set(false);
            if (!mailbox.isEmpty() && scheduled.compareAndSet(false, true)) {
                engine.execute(this::drain);
            }
        }
    }

    // ---- events -------------------------------------------------------------------------------

    void onStart() {
        guard(null, () -> {
            started = true;
            run(null);
        });
    }

    void onInbound(Envelope envelope) {
        if (status.isFinished()) {
            engine.answerFinished(envelope);
            return;
        }
        SessionState session = sessions.get(envelope.sessionId());
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
                transmit();
            }
            return;
        }
        session.inbox.put(sequence, new SessionState.Inbound(envelope.kind(), envelope.payload()));
        session.lastReceived = Math.max(session.lastReceived, sequence);
        session.opened = true;
        processed.add(envelope.messageId());
        if (status == FlowStatus.FAILED) {
            commit();
            return;
        }
        if (!started) {
            guard(envelope, () -> {
                started = true;
                run(null);
            });
        } else if (wait != null && wait.onSession(session.id)
                && (wait.kind == Wait.Kind.RECEIVE || wait.kind == Wait.Kind.RECEIVE_TRANSACTION)) {
            guard(envelope, this::resumeWaiting);
        } else {
            commit();
        }
    }

    void onFetchRequest(Envelope envelope) {
        SessionState session = sessions.get(envelope.sessionId());
        FetchResponse response;
        if (session == null || !session.counterparty.equals(envelope.sender())) {
            response = FetchResponse.refused("no such session");
        } else {
            response = serve((FetchRequest) Payloads.deserialize(envelope.payload()), session);
        }
        engine.send(new Envelope(envelope.sessionId() + "/fr/" + UUID.randomUUID(), engine.name(), envelope.sender(),
                envelope.sessionId(), MessageKind.FETCH_RESPONSE, 0, 0, null, Payloads.serialize(response)));
    }

    private FetchResponse serve(FetchRequest request, SessionState session) {
        return BackChainServer.serve(request, session.vending(), engine.services().ledger(), session.counterparty);
    }

    void onFetchResponse(Envelope envelope) {
        if (status != FlowStatus.RUNNING || wait == null || wait.kind != Wait.Kind.RESOLVING
                || !wait.onSession(envelope.sessionId()) || !sessions.get(envelope.sessionId()).counterparty.equals(envelope.sender())) {
            return;
        }
        FetchResponse response = (FetchResponse) Payloads.deserialize(envelope.payload());
        guard(null, () -> {
            SessionState session = sessions.get(wait.sessionId);
            resolution.accept(response, session.counterparty.toString(), engine.services().ledger());
            List<SecureHash> missing = resolution.missing(engine.services().ledger());
            if (!missing.isEmpty()) {
                requestFetch(session, missing);
                wait.attempts = 0;
                suspend();
                return;
            }
            resolution.verifyAndRecord(engine.services().ledger(), engine.services().observer());
            SignedTransaction top = resolution.top();
            resolution = null;
            wait = null;
            cancelTimer();
            run(top);
        });
    }

    void onTimeout(long token) {
        if (token != timerToken || wait == null || status != FlowStatus.RUNNING || !wait.timesOut()) {
            return;
        }
        wait.attempts++;
        SessionState session = sessions.get(wait.sessionId);
        if (wait.attempts >= engine.settings().maxAttempts()) {
            markFailed("No answer from " + session.counterparty + " after " + wait.attempts
                    + " attempts while waiting for " + wait.describe(), false);
            return;
        }
        guard(null, () -> {
            if (wait.kind == Wait.Kind.RESOLVING) {
                requestFetch(session, resolution.outstanding());
            } else {
                resendUnacknowledged(session);
            }
            suspend();
        });
    }

    void onLockGranted(String key) {
        if (status != FlowStatus.RUNNING || wait == null || wait.kind != Wait.Kind.LOCK || !wait.lockKey.equals(key)) {
            engine.locks().releaseAll(id, List.of(key)).forEach(engine::grant);
            return;
        }
        guard(null, () -> {
            heldLocks.add(key);
            wait = null;
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
        for (String key : heldLocks) {
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
        cancelTimer();
        status = FlowStatus.ABANDONED;
        failure = reason;
        endSessions(engine.name().getOrganisation() + " abandoned the flow: " + reason);
        engine.store().commit(new CheckpointCommit(checkpoint(null), processed, List.of()), this::transmit);
        processed.clear();
        releaseLocks();
        engine.finished(this);
        result.completeExceptionally(new FlowFailedException(id, "Abandoned: " + reason));
    }

    /** After a restart or a retry: takes up the wait where the checkpoint left it. */
    void resume() {
        // A message delivered as the node came back may have run the flow on (or to its end) before this event.
        if (status != FlowStatus.RUNNING || (started && wait == null)) {
            return;
        }
        guard(null, () -> {
            if (!started) {
                started = true;
                run(null);
                return;
            }
            switch (wait.kind) {
                case LOCK:
                    if (engine.locks().tryAcquire(wait.lockKey, id)) {
                        heldLocks.add(wait.lockKey);
                        wait = null;
                        run(null);
                    }
                    return;
                case RESOLVING:
                    wait.attempts = 0;
                    requestFetch(sessions.get(wait.sessionId), resolution.outstanding());
                    suspend();
                    return;
                default:
                    wait.attempts = 0;
                    for (SessionState session : sessions.values()) {
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
        wait = null;
        cancelTimer();
        run(value);
    }

    /** Runs frames until the flow waits or ends. */
    private void run(Object value) {
        Context context = new Context();
        Object next = value;
        while (true) {
            FlowLogic<?> frame = stack.get(stack.size() - 1);
            context.received = next;
            Step step = frame.call(context);
            if (step == null) {
                throw new IllegalStateException(frame.getClass().getName() + " returned no step");
            }
            switch (step.kind()) {
                case DONE:
                    stack.remove(stack.size() - 1);
                    if (stack.isEmpty()) {
                        complete(step.result());
                        return;
                    }
                    next = step.result();
                    continue;
                case SUB_FLOW:
                    stack.add(step.subFlow());
                    next = null;
                    continue;
                case LOCK:
                    if (heldLocks.contains(step.lockKey()) || engine.locks().tryAcquire(step.lockKey(), id)) {
                        if (!heldLocks.contains(step.lockKey())) {
                            heldLocks.add(step.lockKey());
                        }
                        next = null;
                        continue;
                    }
                    wait = new Wait(Wait.Kind.LOCK, null, null, step.lockKey());
                    suspend();
                    return;
                case RECEIVE:
                case RECEIVE_TRANSACTION: {
                    SessionState session = session(step.session());
                    if (!session.opened) {
                        throw new IllegalStateException("Flow waits on " + step.session() + " before sending anything on it");
                    }
                    wait = new Wait(step.kind() == Step.Kind.RECEIVE ? Wait.Kind.RECEIVE : Wait.Kind.RECEIVE_TRANSACTION,
                            session.id, step.expected() == null ? null : step.expected().getName(), null);
                    Object ready = tryConsume();
                    if (ready == NOT_READY) {
                        suspend();
                        return;
                    }
                    wait = null;
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
        SessionState session = sessions.get(wait.sessionId);
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
        if (wait.kind == Wait.Kind.RECEIVE) {
            if (!typeNamed(wait.expectedType).isInstance(message)) {
                throw new FlowException(session.counterparty + " sent a " + message.getClass().getSimpleName()
                        + " where a " + typeNamed(wait.expectedType).getSimpleName() + " was expected");
            }
            return message;
        }
        if (!(message instanceof SignedTransaction)) {
            throw new FlowException(session.counterparty + " sent a " + message.getClass().getSimpleName()
                    + " where a transaction was expected");
        }
        SignedTransaction transaction = (SignedTransaction) message;
        BackChainResolution pending = new BackChainResolution(transaction);
        List<SecureHash> missing = pending.missing(engine.services().ledger());
        if (missing.isEmpty()) {
            return transaction;
        }
        resolution = pending;
        wait = new Wait(Wait.Kind.RESOLVING, session.id, null, null);
        requestFetch(session, missing);
        return NOT_READY;
    }

    private void requestFetch(SessionState session, List<SecureHash> ids) {
        resolution.requesting(ids);
        outbox.add(new Envelope(session.id + "/f/" + UUID.randomUUID(), engine.name(), session.counterparty, session.id,
                MessageKind.FETCH_REQUEST, 0, 0, null, Payloads.serialize(resolution.request())));
    }

    private SessionState session(FlowSession handle) {
        SessionState session = sessions.get(handle.id());
        if (session == null) {
            throw new IllegalStateException("The flow has no " + handle);
        }
        return session;
    }

    private void send(SessionState session, Object message, MessageKind kind) {
        if (session.endSent) {
            throw new IllegalStateException("The flow already ended " + session.handle());
        }
        byte[] payload = sentPayloads.computeIfAbsent(message, Payloads::serialize);
        MessageKind actual = kind == MessageKind.DATA && session.initiator && !session.opened ? MessageKind.INIT : kind;
        long sequence = session.nextSendSequence++;
        Envelope envelope = new Envelope(session.messageId(sequence, session.initiator), engine.name(), session.counterparty,
                session.id, actual, sequence, session.lastReceived, actual == MessageKind.INIT ? session.protocol : null, payload);
        session.opened = true;
        session.unacknowledged.add(envelope);
        outbox.add(envelope);
    }

    private void resendUnacknowledged(SessionState session) {
        for (Envelope envelope : session.unacknowledged) {
            outbox.add(envelope.acknowledging(session.lastReceived));
        }
    }

    // ---- checkpoints and endings --------------------------------------------------------------

    private void suspend() {
        if (wait.timesOut()) {
            armTimer();
        }
        commit();
    }

    private void commit() {
        byte[] state = encode();
        lastCheckpoint = state;
        // What the step sends is queued in the checkpoint's own commit where the stores share a database.
        engine.store().commit(new CheckpointCommit(checkpoint(state), processed, List.of()), this::transmit);
        processed.clear();
    }

    private Checkpoint checkpoint(byte[] state) {
        return new Checkpoint(id, rootName, status, failure, state, startedAt, engine.clock().instant());
    }

    private void transmit() {
        sentPayloads.clear();
        if (outbox.isEmpty()) {
            return;
        }
        List<Envelope> sending = new ArrayList<>(outbox);
        outbox.clear();
        engine.sendAll(sending);
    }

    private void complete(Object value) {
        status = FlowStatus.COMPLETED;
        cancelTimer();
        List<FinishedSession> finished = new ArrayList<>();
        for (SessionState session : sessions.values()) {
            if (!session.unacknowledged.isEmpty()) {
                finished.add(new FinishedSession(session.id, session.lastReceived, session.unacknowledged));
            }
        }
        engine.store().commit(new CheckpointCommit(checkpoint(null), processed, finished), this::transmit);
        processed.clear();
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
            List<String> received = new ArrayList<>(processed);
            outbox.clear();
            sentPayloads.clear();
            processed.clear();
            load(lastCheckpoint);
            if (trigger != null) {
                SessionState session = sessions.get(trigger.sessionId());
                if (session != null && trigger.sequence() > session.lastConsumed) {
                    session.inbox.put(trigger.sequence(), new SessionState.Inbound(trigger.kind(), trigger.payload()));
                    session.lastReceived = Math.max(session.lastReceived, trigger.sequence());
                    session.opened = true;
                }
            }
            processed.addAll(received);
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
        cancelTimer();
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
        for (SessionState session : sessions.values()) {
            boolean peerEnded = session.inbox.values().stream().anyMatch(m -> m.kind == MessageKind.END);
            if (session.opened && !session.endSent && !peerEnded) {
                send(session, new SessionError(reason), MessageKind.END);
                session.endSent = true;
            }
        }
    }

    private void releaseLocks() {
        List<String> held = new ArrayList<>(heldLocks);
        if (wait != null && wait.kind == Wait.Kind.LOCK) {
            held.add(wait.lockKey);
        }
        for (LockTable.Grant grant : engine.locks().releaseAll(id, held)) {
            engine.grant(grant);
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof FlowException || e instanceof LedgerException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private void armTimer() {
        cancelTimer();
        long token = ++timerToken;
        Instant at = engine.clock().instant().plus(engine.settings().timeoutForAttempt(wait.attempts));
        timer = engine.scheduler().schedule(at, () -> post(() -> onTimeout(token)));
    }

    private void cancelTimer() {
        timerToken++;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    // ---- encoding -----------------------------------------------------------------------------

    private byte[] encode() {
        // A buffer kept by the thread: a fresh one per checkpoint, grown from small, copied the
        // transactions a checkpoint holds several times (a fifth of all the node's allocation).
        CheckpointBuffer bytes = CheckpointBuffer.forThisThread();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            codec.beginPass();
            out.writeInt(FORMAT);
            out.writeUTF(rootName);
            out.writeLong(startedAt.toEpochMilli());
            out.writeBoolean(started);
            out.writeInt(stack.size());
            for (FlowLogic<?> frame : stack) {
                codec.write(out, frame);
            }
            out.writeInt(sessions.size());
            for (SessionState session : sessions.values()) {
                session.write(out);
            }
            out.writeBoolean(wait != null);
            if (wait != null) {
                wait.write(out);
            }
            codec.write(out, resolution);
            out.writeInt(heldLocks.size());
            for (String key : heldLocks) {
                out.writeUTF(key);
            }
            codec.endPass();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot checkpoint flow " + id, e);
        }
        return bytes.toByteArray();
    }

    private void load(byte[] state) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            codec.beginPass();
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("Checkpoint format " + format + " is not " + FORMAT);
            }
            rootName = in.readUTF();
            startedAt = Instant.ofEpochMilli(in.readLong());
            started = in.readBoolean();
            stack.clear();
            int frames = in.readInt();
            for (int i = 0; i < frames; i++) {
                stack.add((FlowLogic<?>) codec.read(in));
            }
            sessions.clear();
            int sessionCount = in.readInt();
            for (int i = 0; i < sessionCount; i++) {
                SessionState session = SessionState.read(in);
                sessions.put(session.id, session);
            }
            wait = in.readBoolean() ? Wait.read(in) : null;
            resolution = (BackChainResolution) codec.read(in);
            heldLocks.clear();
            int locks = in.readInt();
            for (int i = 0; i < locks; i++) {
                heldLocks.add(in.readUTF());
            }
            codec.endPass();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore flow " + id + " from its checkpoint", e);
        }
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
            sessions.put(session.id, session);
            engine.register(session.id, Fiber.this);
            return session.handle();
        }

        @Override
        public void send(FlowSession session, Object message) {
            Fiber.this.send(session(session), message, MessageKind.DATA);
        }

        @Override
        public void sendTransaction(FlowSession session, SignedTransaction transaction) {
            SessionState state = session(session);
            state.sentTransaction(transaction);
            Fiber.this.send(state, transaction, MessageKind.DATA);
        }

        @Override
        public void releaseLocks() {
            Fiber.this.releaseLocks();
            heldLocks.clear();
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
