package net.claimsnet.flows.transport;

import net.corda.core.identity.CordaX500Name;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Nodes of one JVM talking through memory. Two modes:
 * <ul>
 *   <li><b>queued</b> (deterministic tests): {@code send} only enqueues; the test delivers one
 *   message at a time with {@link #deliverNext()}, in the order sent, on its own thread;</li>
 *   <li><b>direct</b> (threaded network, benchmarks): {@code send} hands the envelope to the
 *   recipient's handler at once, which queues it for the recipient's own threads.</li>
 * </ul>
 * Messages for a name that no node has bound (a node that is down) wait until one binds it, as a
 * durable queue would keep them. Tests can intercept envelopes in transit (drop, duplicate, tamper),
 * hold them back (a slow link) and tap every delivery.
 */
public final class InMemoryTransport implements Transport {

    private final boolean queued;
    private final Map<CordaX500Name, MessageHandler> handlers = new ConcurrentHashMap<>();
    private final Deque<Envelope> inFlight = new ArrayDeque<>();
    private final Map<CordaX500Name, List<Envelope>> parked = new ConcurrentHashMap<>();
    private final List<TransportTap> taps = new CopyOnWriteArrayList<>();
    private volatile Function<Envelope, List<Envelope>> interceptor = Collections::singletonList;
    private volatile Predicate<Envelope> holding = e -> false;
    private final List<Envelope> held = new ArrayList<>();

    private InMemoryTransport(boolean queued) {
        this.queued = queued;
    }

    /** Messages wait until the test delivers them: one thread, a reproducible order. */
    public static InMemoryTransport queued() {
        return new InMemoryTransport(true);
    }

    /** Messages go straight to the recipient's handler on the sending thread. */
    public static InMemoryTransport direct() {
        return new InMemoryTransport(false);
    }

    @Override
    public Endpoint bind(CordaX500Name name, MessageHandler handler) {
        handlers.put(name, handler);
        List<Envelope> waiting;
        synchronized (this) {
            waiting = parked.remove(name);
        }
        if (waiting != null) {
            if (queued) {
                synchronized (this) {
                    inFlight.addAll(waiting);
                }
            } else {
                waiting.forEach(this::deliver);
            }
        }
        return new BoundEndpoint(name, handler);
    }

    /** Sees every envelope delivered from now on. */
    public void tap(TransportTap tap) {
        taps.add(tap);
    }

    public void removeTap(TransportTap tap) {
        taps.remove(tap);
    }

    /**
     * Replaces what is delivered for each envelope: an empty list drops it, two copies duplicate it,
     * a changed copy tampers with it. Applied at delivery.
     */
    public void intercept(Function<Envelope, List<Envelope>> interceptor) {
        this.interceptor = interceptor;
    }

    public void clearInterceptor() {
        this.interceptor = Collections::singletonList;
    }

    /** Sets aside, undelivered, every envelope that matches from now on (a slow or partitioned link). */
    public void hold(Predicate<Envelope> which) {
        this.holding = which;
    }

    /** What is held now, oldest first. */
    public synchronized List<Envelope> held() {
        return List.copyOf(held);
    }

    /** Stops holding and sends what was held on its way again; returns how many. */
    public int releaseHeld() {
        holding = e -> false;
        List<Envelope> released;
        synchronized (this) {
            released = new ArrayList<>(held);
            held.clear();
        }
        released.forEach(this::send);
        return released.size();
    }

    /** Delivers an envelope that was delivered before once more, as a network that redelivers would. */
    public void redeliver(Envelope envelope) {
        send(envelope);
    }

    /** Queued mode: delivers the oldest message in flight; returns false when there is none. */
    public boolean deliverNext() {
        Envelope next;
        synchronized (this) {
            next = inFlight.poll();
        }
        if (next == null) {
            return false;
        }
        deliver(next);
        return true;
    }

    private void send(Envelope envelope) {
        if (queued) {
            synchronized (this) {
                inFlight.add(envelope);
            }
        } else {
            deliver(envelope);
        }
    }

    private void deliver(Envelope envelope) {
        if (holding.test(envelope)) {
            synchronized (this) {
                held.add(envelope);
            }
            return;
        }
        for (Envelope delivered : interceptor.apply(envelope)) {
            MessageHandler handler = handlers.get(delivered.recipient());
            if (handler == null) {
                synchronized (this) {
                    parked.computeIfAbsent(delivered.recipient(), n -> new ArrayList<>()).add(delivered);
                }
                continue;
            }
            for (TransportTap tap : taps) {
                tap.delivered(delivered);
            }
            handler.onMessage(delivered);
        }
    }

    private final class BoundEndpoint implements Endpoint {
        private final CordaX500Name name;
        private final MessageHandler handler;

        BoundEndpoint(CordaX500Name name, MessageHandler handler) {
            this.name = name;
            this.handler = handler;
        }

        @Override
        public CordaX500Name name() {
            return name;
        }

        @Override
        public void send(Envelope envelope) {
            InMemoryTransport.this.send(envelope.sentBy(name));
        }

        @Override
        public void close() {
            handlers.remove(name, handler);
        }
    }
}
