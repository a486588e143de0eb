package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.engine.Scheduler;
import net.claimsnet.flows.transport.OutboxMessage;
import net.claimsnet.flows.transport.OutboxStore;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.corda.core.identity.CordaX500Name;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Empties the outbox: signs each due message, hands it to the {@link Delivery} (a recipient's
 * waiting messages together, as a {@link MessageBatch}), and records the outcome. A failed attempt
 * is retried after a {@link Backoff} that doubles per attempt up to its cap; once a recipient failed
 * in a pass, its other messages wait with it instead of each timing out in turn. A refusal (4xx from the recipient's endpoint) ends the message's delivery and keeps
 * it for an operator. One pass runs at a time, on the given executor; the next is woken by a new
 * message, by a timer at the earliest retry, or by word that a recipient is back.
 */
public final class OutboxDispatcher {

    private static final System.Logger LOG = System.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 100;

    private final CordaX500Name self;
    private final KeyPair keyPair;
    private final TrustedNetworkMap networkMap;
    private final OutboxStore outbox;
    private final Delivery delivery;
    private final Backoff backoff;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Executor executor;
    /** The largest request body a peer takes: batches are cut below it, a larger lone message is not sent. */
    private final int maxRequestBytes;
    private final AtomicBoolean passRunning = new AtomicBoolean();
    private final AtomicBoolean wokenDuringPass = new AtomicBoolean();
    /** Recipients whose last attempt failed: only for these is word that they are back worth a database write. */
    private final java.util.Set<CordaX500Name> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    /**
     * Whether the outbox may hold a message waiting for a later attempt (a retry, a postponed one): only
     * then is the store asked when the next one is due. False once it answered none and no attempt
     * failed since; true at start (a restarted node's outbox holds what it held) and after a failed pass.
     * Saves a read after every pass that delivered all it found, which is nearly every pass.
     */
    private volatile boolean laterAttemptsMayWait = true;
    /** Retries and postponements recorded by passes so far (read and written by the one running pass). */
    private volatile long laterAttemptsRecorded;
    private Scheduler.Cancellable timer;
    private Instant timerAt;

    public OutboxDispatcher(CordaX500Name self, KeyPair keyPair, TrustedNetworkMap networkMap, OutboxStore outbox,
                            Delivery delivery, Backoff backoff, Clock clock, Scheduler scheduler, Executor executor) {
        this(self, keyPair, networkMap, outbox, delivery, backoff, clock, scheduler, executor,
                HttpTransportSettings.DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** @param maxRequestBytes the largest request body the peers take (they all have the same limit) */
    public OutboxDispatcher(CordaX500Name self, KeyPair keyPair, TrustedNetworkMap networkMap, OutboxStore outbox,
                            Delivery delivery, Backoff backoff, Clock clock, Scheduler scheduler, Executor executor,
                            int maxRequestBytes) {
        if (maxRequestBytes <= MessageBatch.HEADER_BYTES) {
            throw new IllegalArgumentException("The request size limit must exceed a batch's header, not " + maxRequestBytes);
        }
        this.maxRequestBytes = maxRequestBytes;
        this.self = Objects.requireNonNull(self, "self");
        this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
        this.networkMap = Objects.requireNonNull(networkMap, "networkMap");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Starts delivering, beginning with whatever the outbox still holds (after a restart, too). */
    public void start() {
        running = true;
        laterAttemptsMayWait = true;
        wake();
    }

    /** Stops delivering; pending messages stay in the outbox for the next start. */
    public void stop() {
        running = false;
        synchronized (this) {
            if (timer != null) {
                timer.cancel();
                timer = null;
                timerAt = null;
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Runs a pass soon (a message was queued, or a retry came due). */
    public void wake() {
        if (!running) {
            return;
        }
        if (passRunning.get()) {
            wokenDuringPass.set(true);
            return;
        }
        executor.execute(this::runPasses);
    }

    /** The recipient was just heard from: its waiting messages are tried now rather than at their retry time. */
    public void recipientIsBack(CordaX500Name recipient) {
        if (!running || !failing.remove(recipient)) {
            return;
        }
        laterAttemptsMayWait = true;
        outbox.expedite(recipient, clock.instant());
        wake();
    }

    private void runPasses() {
        if (!passRunning.compareAndSet(false, true)) {
            wokenDuringPass.set(true);
            return;
        }
        try {
            do {
                wokenDuringPass.set(false);
                pass();
            } while (wokenDuringPass.get() && running);
        } catch (RuntimeException e) {
            // The store failed (the database is down?): the timer below tries again at the first backoff.
            LOG.log(System.Logger.Level.WARNING, self.getOrganisation() + " outbox pass failed: " + e.getMessage(), e);
            laterAttemptsMayWait = true;
            scheduleAt(clock.instant().plus(backoff.first()));
            return;
        } finally {
            passRunning.set(false);
        }
        if (wokenDuringPass.getAndSet(false) && running) {
            wake();
        }
        if (laterAttemptsMayWait) {
            Optional<Instant> next = outbox.nextAttemptAt();
            // Read after the pass: an attempt failing from here on sets the flag again.
            next.ifPresentOrElse(this::scheduleAt, () -> laterAttemptsMayWait = false);
        }
    }

    /**
     * Sends what is due, a batch at a time, and marks what was delivered in one commit at the end. A
     * batch shorter than asked for was all that was due: a message stored since woke this dispatcher
     * ({@link #wake()}), so another pass follows instead of another read now. Unless an attempt failed
     * in it: that message's retry may come due while the pass goes on (a slow peer), and is read again.
     */
    private void pass() {
        Map<CordaX500Name, Instant> unreachableUntil = new HashMap<>();
        List<String> delivered = new ArrayList<>();
        try {
            while (running) {
                long laterAttemptsBefore = laterAttemptsRecorded;
                List<OutboxMessage> due = nextDue();
                if (due.isEmpty()) {
                    return;
                }
                Map<CordaX500Name, List<OutboxMessage>> byRecipient = new LinkedHashMap<>();
                for (OutboxMessage message : due) {
                    byRecipient.computeIfAbsent(message.envelope().recipient(), r -> new ArrayList<>()).add(message);
                }
                for (Map.Entry<CordaX500Name, List<OutboxMessage>> recipient : byRecipient.entrySet()) {
                    if (!running) {
                        return;
                    }
                    deliverTo(recipient.getKey(), recipient.getValue(), unreachableUntil, delivered);
                }
                if (due.size() < BATCH && laterAttemptsRecorded == laterAttemptsBefore) {
                    return;
                }
                // The next read must not find again what this batch delivered.
                markDelivered(delivered);
            }
        } finally {
            markDelivered(delivered);
        }
    }

    /**
     * While no message waits for a later attempt, every pending one was queued since the last read: the
     * store hands those over from memory. Otherwise, or if it keeps none, the outbox is read.
     */
    private List<OutboxMessage> nextDue() {
        if (!laterAttemptsMayWait) {
            List<OutboxMessage> queued = outbox.takeJustQueued(BATCH);
            if (!queued.isEmpty()) {
                return queued;
            }
        }
        return outbox.due(clock.instant(), BATCH);
    }

    /**
     * One commit for the delivery marks so far. A mark lost (the node dies first, the commit fails) only
     * means the message is sent again; its recipient takes a message id in once.
     */
    private void markDelivered(List<String> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        List<String> marks = new ArrayList<>(delivered);
        delivered.clear();
        outbox.deliveredAll(marks, clock.instant());
    }

    /**
     * A recipient's due messages, oldest first: several at a time as a {@link MessageBatch} (one
     * request, one commit at each end), a lone or large one as itself; the delivered ones are added
     * to the pass's marks. Once the recipient failed, the rest wait with it.
     */
    private void deliverTo(CordaX500Name recipient, List<OutboxMessage> messages, Map<CordaX500Name, Instant> unreachableUntil,
                           List<String> delivered) {
        Optional<String> address = networkMap.find(recipient).map(NetworkMapEntry::getAddress).filter(a -> !a.isBlank());
        if (address.isEmpty()) {
            messages.forEach(message -> refuse(message, recipient + " has no P2P address on the network map"));
            return;
        }
        for (List<Signed> batch : batches(messages)) {
            if (!running) {
                // Stopping: what is not sent stays due for the next start.
                break;
            }
            Instant waitUntil = unreachableUntil.get(recipient);
            if (waitUntil != null && !waitUntil.isAfter(clock.instant())) {
                // Its wait ran out while this pass went on (another peer answered slowly): it gets its next
                // attempt. Postponed to a time already past, its messages would be due again at once, and
                // the pass would postpone them again for ever (seen: a node's CPU busy and its database
                // growing by a commit per round until the server stopped).
                unreachableUntil.remove(recipient);
                waitUntil = null;
            }
            if (waitUntil != null) {
                laterAttemptRecorded();
                for (Signed message : batch) {
                    outbox.postpone(message.outboxed().messageId(), "waiting: " + recipient.getOrganisation() + " did not answer",
                            waitUntil);
                }
                continue;
            }
            Instant retryAt = batch.size() == 1 ? attempt(address.get(), batch.get(0), delivered)
                    : attemptBatch(address.get(), batch, delivered);
            if (retryAt != null) {
                unreachableUntil.put(recipient, retryAt);
            }
        }
    }

    /**
     * Signs the messages and cuts them into batches whose wire size ({@link MessageBatch}: header, and each
     * message with its length) stays within what a peer takes. A message too large to travel even alone
     * is refused here, with its size, rather than sent to be refused with 413.
     */
    private List<List<Signed>> batches(List<OutboxMessage> messages) {
        List<List<Signed>> batches = new ArrayList<>();
        List<Signed> current = new ArrayList<>();
        long currentBytes = MessageBatch.HEADER_BYTES;
        for (OutboxMessage message : messages) {
            byte[] body = SignedMessage.sign(message.envelope().sentBy(self), keyPair);
            if (body.length > maxRequestBytes) {
                refuse(message, "the signed message has " + body.length + " bytes; a peer takes at most " + maxRequestBytes);
                continue;
            }
            long framed = MessageBatch.PER_MESSAGE_BYTES + (long) body.length;
            if (!current.isEmpty() && (currentBytes + framed > maxRequestBytes || current.size() == MessageBatch.MAX_MESSAGES)) {
                batches.add(current);
                current = new ArrayList<>();
                currentBytes = MessageBatch.HEADER_BYTES;
            }
            current.add(new Signed(message, body));
            currentBytes += framed;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** Tries one message; returns when to try its recipient again if it could not be reached. */
    private Instant attempt(String address, Signed message, List<String> delivered) {
        Delivery.Outcome outcome = delivery.deliver(address, message.body());
        switch (outcome.kind()) {
            case DELIVERED:
                delivered.add(message.outboxed().messageId());
                failing.remove(message.outboxed().envelope().recipient());
                return null;
            case REFUSED:
                refuse(message.outboxed(), outcome.reason());
                return null;
            case RETRY:
            default:
                return retryLater(message.outboxed(), outcome.reason());
        }
    }

    /** Tries a batch; the recipient's answer says which of its messages it refused. */
    private Instant attemptBatch(String address, List<Signed> batch, List<String> delivered) {
        Delivery.Outcome outcome = delivery.deliver(address, MessageBatch.of(batch.stream().map(Signed::body).toList()));
        if (outcome.kind() == Delivery.Outcome.Kind.DELIVERED) {
            Map<Integer, String> refusals;
            try {
                refusals = MessageBatch.refusalsIn(outcome.answer(), batch.size());
            } catch (RuntimeException e) {
                outcome = Delivery.Outcome.retry("an answer that is not one to the batch: " + e.getMessage());
                refusals = null;
            }
            if (refusals != null) {
                for (int i = 0; i < batch.size(); i++) {
                    if (refusals.containsKey(i)) {
                        refuse(batch.get(i).outboxed(), refusals.get(i));
                    } else {
                        delivered.add(batch.get(i).outboxed().messageId());
                    }
                }
                failing.remove(batch.get(0).outboxed().envelope().recipient());
                return null;
            }
        }
        if (outcome.kind() == Delivery.Outcome.Kind.REFUSED) {
            for (Signed message : batch) {
                refuse(message.outboxed(), outcome.reason());
            }
            return null;
        }
        Instant earliest = null;
        for (Signed message : batch) {
            Instant retryAt = retryLater(message.outboxed(), outcome.reason());
            earliest = earliest == null || retryAt.isBefore(earliest) ? retryAt : earliest;
        }
        return earliest;
    }

    private Instant retryLater(OutboxMessage message, String reason) {
        laterAttemptRecorded();
        Instant retryAt = clock.instant().plus(backoff.delayAfter(message.attempts() + 1));
        outbox.failed(message.messageId(), reason, retryAt);
        failing.add(message.envelope().recipient());
        LOG.log(System.Logger.Level.DEBUG, () -> self.getOrganisation() + " will retry " + message.envelope().kind()
                + " " + message.messageId() + " at " + retryAt + ": " + reason);
        return retryAt;
    }

    /** A message now waits for a later attempt. */
    private void laterAttemptRecorded() {
        laterAttemptsMayWait = true;
        laterAttemptsRecorded++;
    }

    /** A message with the bytes it travels as. */
    private record Signed(OutboxMessage outboxed, byte[] body) {
    }

    private void refuse(OutboxMessage message, String reason) {
        outbox.refused(message.messageId(), reason, clock.instant());
        LOG.log(System.Logger.Level.WARNING, self.getOrganisation() + " gave up " + message.envelope().kind() + " "
                + message.messageId() + " to " + message.envelope().recipient() + ": " + reason);
    }

    private synchronized void scheduleAt(Instant at) {
        if (!running) {
            return;
        }
        if (timer != null) {
            if (timerAt.equals(at)) {
                return;
            }
            timer.cancel();
        }
        timerAt = at;
        timer = scheduler.schedule(at, () -> {
            synchronized (this) {
                if (timerAt != null && timerAt.equals(at)) {
                    timer = null;
                    timerAt = null;
                }
            }
            wake();
        });
    }
}
