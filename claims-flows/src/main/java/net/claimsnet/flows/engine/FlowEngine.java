package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.CheckpointStore;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageHandler;
import net.claimsnet.flows.transport.Transport;
import net.claimsnet.ledger.serialization.DecodedComponents;
import net.claimsnet.ledger.serialization.ParsedTransactions;
import net.corda.core.identity.CordaX500Name;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node's flow engine (Corda's state machine manager): starts flows, routes every inbound
 * envelope to the flow of its session ({@link SessionRouter}, which starts the registered responder
 * for a new session), and, on start, resumes every flow its checkpoint store holds
 * ({@link FlowRestoration}). It also gives
 * the operator the failed flows, each with its reason, to retry or abandon.
 *
 * <p>Threads: events of one flow run one at a time on the given executor; different flows run in
 * parallel. With a same-thread executor (deterministic tests) everything runs on the caller's thread.
 */
public final class FlowEngine {

    private static final System.Logger LOG = System.getLogger(FlowEngine.class.getName());

    private final NodeServices services;
    private final CheckpointStore store;
    private final SessionRouter router;
    private final FirstDeliveries firstDeliveries = new FirstDeliveries();
    private final Scheduler scheduler;
    private final Executor executor;
    private final EngineSettings settings;
    private final CordaX500Name name;
    private final LiveFibers fibers = new LiveFibers();
    private final LockTable locks = new LockTable();
    private final ParsedTransactions parsedTransactions = new ParsedTransactions();
    private final DecodedComponents decodedComponents = new DecodedComponents();
    private final AtomicInteger activeTasks = new AtomicInteger();
    private final FlowRestoration restoration;
    private volatile Transport.Endpoint endpoint;
    private volatile boolean stopped;

    public FlowEngine(NodeServices services, CheckpointStore store, FlowRegistry registry, Scheduler scheduler,
                      Executor executor, EngineSettings settings) {
        this.services = services;
        this.store = store;
        this.router = new SessionRouter(this, registry, fibers);
        this.restoration = new FlowRestoration(this, fibers);
        this.scheduler = scheduler;
        this.executor = executor;
        this.settings = settings;
        this.name = services.ledger().identity().getName();
    }

    /**
     * Loads every unfinished flow from the checkpoint store, attaches the node to the transport,
     * then lets the flows carry on: each resends what its counterparties may not have received and
     * waits again (failed flows stay failed until an operator acts).
     */
    public void start(Transport transport) {
        start(transport, false);
    }

    /**
     * As {@link #start(Transport)}; with {@code holdRestoredFlows}, the restored flows wait (messages from
     * their counterparties still move them) until {@link #resumeHeldFlows()}: a node restored from a backup
     * first takes back from its peers what it recorded after the backup, so that its flows go on from there.
     */
    public void start(Transport transport, boolean holdRestoredFlows) {
        List<Fiber> restored = restoration.restore();
        // Bound before any flow resumes: what a flow sends while the node is not bound is dropped.
        endpoint = transport.bind(name, new MessageHandler() {
            @Override
            public void onMessage(Envelope envelope) {
                deliver(envelope);
            }

            @Override
            public void onFirstDelivery(Envelope envelope) {
                firstDeliveries.remember(envelope.messageId());
                deliver(envelope);
            }
        });
        restoration.resume(restored, holdRestoredFlows);
    }

    /** Lets the flows held at start go on (each resends what its counterparties may not have received). */
    public void resumeHeldFlows() {
        restoration.resumeHeld();
    }

    /** Stops processing (a crash, as far as flows are concerned): in-memory work is dropped, checkpoints stay. */
    public void stop() {
        stopped = true;
        Transport.Endpoint bound = endpoint;
        if (bound != null) {
            bound.close();
        }
        while (activeTasks.get() > 0) {
            Thread.onSpinWait();
        }
    }

    public CordaX500Name name() {
        return name;
    }

    /** The transactions this node decoded lately, so that the same bytes arriving again are not decoded again. */
    ParsedTransactions parsedTransactions() {
        return parsedTransactions;
    }

    // ---- flows --------------------------------------------------------------------------------

    /** Starts a flow; it is checkpointed before this returns, so it survives a crash from here on. */
    public <T> FlowHandle<T> startFlow(FlowLogic<T> flow) {
        return start(flow, UUID.randomUUID().toString(), () -> { });
    }

    /** Starts a flow under an id the caller chose (one it recorded elsewhere to find the flow again). */
    public <T> FlowHandle<T> startFlow(FlowLogic<T> flow, String flowId) {
        return startFlow(flow, flowId, () -> { });
    }

    /**
     * Starts a flow under the caller's id and runs {@code alongside} in the same database transaction
     * as the flow's first checkpoint: both are kept or neither is. If {@code alongside} throws, no flow
     * starts and what it threw comes back. This is how a caller makes a record that must exist exactly
     * when the flow does (a filing's reservation of its claim id): no crash can leave one without the other.
     */
    public <T> FlowHandle<T> startFlow(FlowLogic<T> flow, String flowId, Runnable alongside) {
        if (flowId == null || flowId.isBlank()) {
            throw new IllegalArgumentException("A flow id is required");
        }
        if (fibers.contains(flowId) || store.find(flowId).isPresent()) {
            throw new IllegalArgumentException("Flow id " + flowId + " is taken on " + name);
        }
        return start(flow, flowId, alongside);
    }

    @SuppressWarnings("unchecked")
    private <T> FlowHandle<T> start(FlowLogic<T> flow, String flowId, Runnable alongside) {
        ensureRunning();
        Fiber fiber = Fiber.started(this, flow, flowId, clock().instant());
        CheckpointCommit first = new CheckpointCommit(new Checkpoint(fiber.id, fiber.rootName(), FlowStatus.RUNNING, null,
                fiber.initialState(), clock().instant(), clock().instant()), List.of(), List.of());
        // The caller's record first: a store without a database then keeps no checkpoint when it throws.
        store.runStep(() -> {
            alongside.run();
            store.commit(first);
        });
        fibers.add(fiber);
        fiber.post(fiber::onStart);
        return new FlowHandle<>(fiber.id, (CompletableFuture<T>) fiber.result());
    }

    /** The handle of a flow this engine runs (one restored after a restart, for instance). */
    public Optional<FlowHandle<Object>> handle(String flowId) {
        Fiber fiber = fibers.get(flowId);
        return fiber == null ? Optional.empty() : Optional.of(new FlowHandle<>(flowId, fiber.result()));
    }

    /** A flow's status, also for flows that finished or ran before a restart. */
    public Optional<FlowStatus> status(String flowId) {
        Fiber fiber = fibers.get(flowId);
        if (fiber != null) {
            return Optional.of(fiber.status);
        }
        return store.find(flowId).map(Checkpoint::status);
    }

    /** The checkpoint record of a flow: its status and, if it failed, why. */
    public Optional<Checkpoint> record(String flowId) {
        return store.find(flowId);
    }

    /** Flows that cannot go on, with what failed and why. */
    public List<Checkpoint> failedFlows() {
        List<Checkpoint> failed = new ArrayList<>();
        for (Checkpoint checkpoint : store.unfinished()) {
            if (checkpoint.status() == FlowStatus.FAILED) {
                failed.add(checkpoint);
            }
        }
        return failed;
    }

    /** The flows running or waiting on this node, each with what it waits for; oldest first. */
    public List<RunningFlow> runningFlows() {
        return fibers.describeRunning();
    }

    /** The running flow that holds the soft lock {@code key}, if one does. */
    public Optional<RunningFlow> lockHolder(String key) {
        String owner = locks.owner(key);
        Fiber fiber = owner == null ? null : fibers.get(owner);
        return fiber == null || fiber.status != FlowStatus.RUNNING ? Optional.empty() : Optional.of(fiber.describeRunning());
    }

    /** Flows running or waiting on this node. */
    public int runningCount() {
        return fibers.runningCount();
    }

    /** Runs a failed flow again from its last checkpoint (resending what it last sent). */
    public FlowHandle<Object> retry(String flowId) {
        Fiber fiber = requireFiber(flowId);
        CompletableFuture<Object> result = new CompletableFuture<>();
        fiber.post(() -> fiber.onRetry(result));
        return new FlowHandle<>(flowId, result);
    }

    /** Gives a flow up: its counterparties are told, its locks released, its record kept as ABANDONED. */
    public void abandon(String flowId, String reason) {
        Fiber fiber = requireFiber(flowId);
        fiber.post(() -> fiber.onAbandon(reason));
    }

    /**
     * The session waits of the flows this engine restored from their checkpoints as it started, as they
     * were then. After a restore from a backup, ledger recovery asks each waiting flow's counterparty
     * whether it finished that session meanwhile.
     */
    public List<SessionWait> waitsRestoredAtStart() {
        return restoration.restoredWaits();
    }

    /**
     * Abandons a flow with the reason, if it still waits as {@code wait} says (one that an answer moved on
     * meanwhile goes on): for a flow whose counterparty finished the session and will never answer it.
     * Completes with whether it was abandoned.
     */
    public CompletableFuture<Boolean> abandonIfStillWaiting(SessionWait wait, String reason) {
        Fiber fiber = fibers.get(wait.flowId());
        CompletableFuture<Boolean> abandoned = new CompletableFuture<>();
        if (fiber == null) {
            abandoned.complete(false);
        } else {
            fiber.post(() -> abandoned.complete(fiber.onAbandonIfStillWaiting(wait, reason)));
        }
        return abandoned;
    }

    /**
     * What this node knows of a session {@code asker} takes part in: whether a flow of this node still runs
     * on it, has finished it (and keeps answers to send again), or never saw it. A session of another
     * counterparty reads as unknown: a node tells each peer about its own sessions only.
     *
     * @param askerInitiated whether the asker opened the session (else this node did)
     */
    public SessionStatus sessionStatus(String sessionId, CordaX500Name asker, boolean askerInitiated) {
        return router.sessionStatus(sessionId, asker, askerInitiated);
    }

    /** Envelopes this node refused (unknown sender, no responder, not a party to the session), with why. */
    public List<String> rejections() {
        return router.rejections();
    }

    private Fiber requireFiber(String flowId) {
        Fiber fiber = fibers.get(flowId);
        if (fiber == null) {
            throw new IllegalArgumentException("No running or failed flow " + flowId + " on " + name);
        }
        return fiber;
    }

    // ---- inbound ------------------------------------------------------------------------------

    /** The transport's entry point: routes the envelope to its session's flow. */
    public void deliver(Envelope envelope) {
        if (stopped) {
            return;
        }
        router.deliver(envelope);
    }

    /** A message for a session whose flow finished: if it repeats the last one, the sender lost the answer. */
    void answerFinished(Envelope envelope) {
        router.answerFinished(envelope);
    }

    void reject(Envelope envelope, String reason) {
        router.reject(envelope, reason);
    }

    // ---- for fibers ---------------------------------------------------------------------------

    void register(String sessionId, Fiber fiber) {
        fibers.addSession(sessionId, fiber);
    }

    void finished(Fiber fiber) {
        fibers.remove(fiber);
    }

    void grant(LockTable.Grant grant) {
        Fiber next = fibers.get(grant.flowId);
        if (next != null) {
            next.post(() -> next.onLockGranted(grant.key));
        } else {
            // The flow ended while it queued: the lock goes to whoever queued after it.
            locks.releaseAll(grant.flowId, List.of(grant.key)).forEach(this::grant);
        }
    }

    void send(Envelope envelope) {
        Transport.Endpoint bound = endpoint;
        if (bound != null && !stopped) {
            bound.send(envelope);
        }
    }

    /** Whether the bound transport queues what a step sends in the step's own database transaction. */
    boolean queuesSendsInTheStepsTransaction() {
        Transport.Endpoint bound = endpoint;
        return bound != null && bound.queuesInTheStepsTransaction();
    }

    void sendAll(List<Envelope> envelopes) {
        Transport.Endpoint bound = endpoint;
        if (bound != null && !stopped) {
            bound.sendAll(envelopes);
        }
    }

    void execute(Runnable task) {
        activeTasks.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    decodedComponents.runAsCurrent(task);
                } finally {
                    activeTasks.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            activeTasks.decrementAndGet();
            throw e;
        }
    }

    boolean isStopped() {
        return stopped;
    }

    NodeServices services() {
        return services;
    }

    /** Messages the inbox took in for the first time and the engine has not taken in yet. */
    FirstDeliveries firstDeliveries() {
        return firstDeliveries;
    }

    CheckpointStore store() {
        return store;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    EngineSettings settings() {
        return settings;
    }

    LockTable locks() {
        return locks;
    }

    Clock clock() {
        return services.clock();
    }

    private void ensureRunning() {
        if (stopped) {
            throw new IllegalStateException(name + " is stopped");
        }
    }
}
