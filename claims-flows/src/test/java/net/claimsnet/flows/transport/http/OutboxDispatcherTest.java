package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.InMemoryOutboxStore;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.flows.transport.OutboxMessage;
import net.claimsnet.flows.transport.OutboxStore;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.network.BootstrappedNetwork;
import net.claimsnet.ledger.network.NetworkBootstrapper;
import net.claimsnet.ledger.network.NodeSpec;
import net.claimsnet.node.ManualClock;
import net.claimsnet.node.ManualScheduler;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The outbox's retries on a clock that moves only when the test moves it: no sleeping, no real HTTP. */
class OutboxDispatcherTest {

    private static final CordaX500Name ACME = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    private static final CordaX500Name ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    private static final CordaX500Name LAKESIDE = CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US");
    private static final BootstrappedNetwork NETWORK = NetworkBootstrapper.inMemory(List.of(
            new NodeSpec(ACME, NodeRole.INSURER, "http://acme.test:8280"),
            new NodeSpec(ST_MARY, NodeRole.PROVIDER, "http://stmary.test:8380"),
            new NodeSpec(LAKESIDE, NodeRole.PROVIDER, "http://lakeside.test:8480")));
    private static final TrustedNetworkMap MAP = TrustedNetworkMap.verify(NETWORK.signedMap(), NETWORK.operatorKey());

    private final ManualClock clock = new ManualClock(Instant.parse("2025-04-01T12:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler();
    private final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
    private final List<String> attempts = new ArrayList<>();
    private final List<Instant> attemptTimes = new ArrayList<>();
    /** What each peer does with each message, by address and message id; a batch is retried whole if any message is. */
    private BiFunction<String, String, Delivery.Outcome> peers = (address, id) -> Delivery.Outcome.retry("ConnectException: Connection refused");
    /** What a peer answers to a batch; null: the answer the messages' outcomes make. */
    private String batchAnswer;

    private OutboxDispatcher dispatcher() {
        return dispatcher(outbox);
    }

    private OutboxDispatcher dispatcher(OutboxStore store) {
        Delivery recording = (address, body) -> {
            List<byte[]> messages = MessageBatch.isBatch(body) ? MessageBatch.parse(body) : List.of(body);
            List<String> ids = new ArrayList<>();
            for (byte[] message : messages) {
                assertThat(SignedMessage.parse(message).isSignedBy(MAP.require(ACME).getOwningKey())).isTrue();
                ids.add(SignedMessage.parse(message).envelope().messageId());
            }
            attempts.add(String.join(",", ids) + "@" + address);
            attemptTimes.add(clock.instant());
            if (!MessageBatch.isBatch(body)) {
                return peers.apply(address, ids.get(0));
            }
            Map<Integer, String> refusals = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                Delivery.Outcome outcome = peers.apply(address, ids.get(i));
                if (outcome.kind() == Delivery.Outcome.Kind.RETRY) {
                    return outcome;
                }
                if (outcome.kind() == Delivery.Outcome.Kind.REFUSED) {
                    refusals.put(i, outcome.reason());
                }
            }
            return Delivery.Outcome.delivered(batchAnswer != null ? batchAnswer : MessageBatch.answer(ids.size(), refusals));
        };
        return new OutboxDispatcher(ACME, NETWORK.keyOf(ACME), MAP, store, recording,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)), clock, scheduler, Runnable::run);
    }

    private static Envelope to(CordaX500Name recipient, String id) {
        return new Envelope(id, ACME, recipient, "S-" + id, MessageKind.DATA, 1, 0, null, new byte[] {4, 2});
    }

    private static Envelope withPayload(CordaX500Name recipient, String id, int bytes) {
        return new Envelope(id, ACME, recipient, "S-" + id, MessageKind.DATA, 1, 0, null, new byte[bytes]);
    }

    private void advance(Duration duration) {
        clock.advance(duration);
        scheduler.runDue(clock.instant());
    }

    @Test
    void a_pass_that_delivers_all_it_found_reads_the_outbox_once_marks_once_and_asks_for_no_retry_time() {
        // Issue 16: each pass read the outbox until it came back empty, marked each recipient's
        // deliveries in a commit of their own and asked when the next retry was due; per settled claim
        // that was about a third of the insurer's database transactions.
        StoreCalls calls = new StoreCalls(outbox);
        OutboxDispatcher dispatcher = dispatcher(calls);
        peers = (address, id) -> Delivery.Outcome.delivered();
        dispatcher.start();
        assertThat(calls.log).as("the first pass after a start asks when a retry is due").containsExactly("due", "nextAttemptAt");

        calls.log.clear();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        outbox.add(to(LAKESIDE, "M-2"), clock.instant());
        dispatcher.wake();

        assertThat(attempts).containsExactly("M-1@http://stmary.test:8380", "M-2@http://lakeside.test:8480");
        assertThat(calls.log).containsExactly("due", "deliveredAll M-1,M-2");
        assertThat(outbox.pendingCount()).isZero();

        calls.log.clear();
        peers = (address, id) -> Delivery.Outcome.retry("HTTP 503");
        outbox.add(to(ST_MARY, "M-3"), clock.instant());
        dispatcher.wake();
        assertThat(calls.log).as("a failed attempt reads again and schedules its retry")
                .containsExactly("due", "failed M-3", "due", "nextAttemptAt");
        assertThat(scheduler.pending()).isEqualTo(1);
    }

    /** The outbox, with the dispatcher's calls to it logged. */
    private static final class StoreCalls implements OutboxStore {
        final List<String> log = new ArrayList<>();
        private final OutboxStore real;

        StoreCalls(OutboxStore real) {
            this.real = real;
        }

        @Override
        public void add(Envelope envelope, Instant at) {
            real.add(envelope, at);
        }

        @Override
        public List<OutboxMessage> due(Instant now, int limit) {
            log.add("due");
            return real.due(now, limit);
        }

        @Override
        public Optional<Instant> nextAttemptAt() {
            log.add("nextAttemptAt");
            return real.nextAttemptAt();
        }

        @Override
        public void delivered(String messageId, Instant at) {
            log.add("delivered " + messageId);
            real.delivered(messageId, at);
        }

        @Override
        public void deliveredAll(Collection<String> messageIds, Instant at) {
            log.add("deliveredAll " + String.join(",", messageIds));
            real.deliveredAll(messageIds, at);
        }

        @Override
        public void failed(String messageId, String error, Instant retryAt) {
            log.add("failed " + messageId);
            real.failed(messageId, error, retryAt);
        }

        @Override
        public void postpone(String messageId, String reason, Instant until) {
            log.add("postpone " + messageId);
            real.postpone(messageId, reason, until);
        }

        @Override
        public void expedite(CordaX500Name recipient, Instant now) {
            log.add("expedite");
            real.expedite(recipient, now);
        }

        @Override
        public void refused(String messageId, String reason, Instant at) {
            log.add("refused " + messageId);
            real.refused(messageId, reason, at);
        }

        @Override
        public List<OutboxMessage> refusedMessages() {
            return real.refusedMessages();
        }

        @Override
        public int pendingCount() {
            return real.pendingCount();
        }

        @Override
        public Optional<OutboxMessage> find(String messageId) {
            return real.find(messageId);
        }
    }

    @Test
    void the_wait_between_attempts_doubles_from_the_first_delay_up_to_its_cap() {
        OutboxDispatcher dispatcher = dispatcher();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        dispatcher.start();

        for (int i = 0; i < 6; i++) {
            advance(Duration.ofMillis(outbox.find("M-1").orElseThrow().nextAttemptAt().toEpochMilli() - clock.millis()));
        }

        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < attemptTimes.size(); i++) {
            gaps.add(Duration.between(attemptTimes.get(i - 1), attemptTimes.get(i)).toSeconds());
        }
        assertThat(gaps).containsExactly(1L, 2L, 4L, 8L, 8L, 8L);
        OutboxMessage waiting = outbox.find("M-1").orElseThrow();
        assertThat(waiting.attempts()).isEqualTo(7);
        assertThat(waiting.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(waiting.lastError()).isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void messages_for_a_peer_that_is_down_wait_with_it_and_all_go_when_it_is_back() {
        OutboxDispatcher dispatcher = dispatcher();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        outbox.add(to(LAKESIDE, "M-2"), clock.instant());
        outbox.add(to(ST_MARY, "M-3"), clock.instant());
        outbox.add(to(ST_MARY, "M-4"), clock.instant());
        peers = (address, id) -> address.contains("stmary") ? Delivery.Outcome.retry("HTTP 503") : Delivery.Outcome.delivered();
        dispatcher.start();

        assertThat(attempts).as("a peer's waiting messages go together").containsExactly(
                "M-1,M-3,M-4@http://stmary.test:8380", "M-2@http://lakeside.test:8480");
        assertThat(outbox.pendingCount()).isEqualTo(3);

        peers = (address, id) -> Delivery.Outcome.delivered();
        advance(Duration.ofMillis(999));
        assertThat(attempts).hasSize(2);
        advance(Duration.ofMillis(1));

        assertThat(attempts).endsWith("M-1,M-3,M-4@http://stmary.test:8380");
        assertThat(outbox.pendingCount()).isZero();
        assertThat(scheduler.pending()).as("nothing left to retry").isZero();
    }

    @Test
    void a_pass_that_outlasts_a_down_peers_wait_tries_it_again_and_ends() {
        // St. Mary is down; Lakeside answers, but only after 2 s, longer than St. Mary's first wait (1 s).
        Delivery slowAndDown = (address, body) -> {
            attempts.add(SignedMessage.parse(body).envelope().messageId() + "@" + address);
            if (address.contains("stmary")) {
                return Delivery.Outcome.retry("ConnectException: Connection refused");
            }
            clock.advance(Duration.ofSeconds(2));
            return Delivery.Outcome.delivered();
        };
        OutboxDispatcher dispatcher = new OutboxDispatcher(ACME, NETWORK.keyOf(ACME), MAP, outbox, slowAndDown,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)), clock, scheduler, Runnable::run);
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        outbox.add(to(LAKESIDE, "M-2"), clock.instant());

        assertTimeoutPreemptively(Duration.ofSeconds(20), dispatcher::start, "the pass never ended");

        assertThat(attempts).containsExactly("M-1@http://stmary.test:8380", "M-2@http://lakeside.test:8480",
                "M-1@http://stmary.test:8380");
        OutboxMessage waiting = outbox.find("M-1").orElseThrow();
        assertThat(waiting.attempts()).isEqualTo(2);
        assertThat(waiting.nextAttemptAt()).as("its second wait, 2 s").isEqualTo(clock.instant().plusSeconds(2));
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void a_peer_with_more_messages_waiting_than_a_batch_holds_gets_them_in_order_in_several_requests() {
        OutboxDispatcher dispatcher = dispatcher();
        int count = MessageBatch.MAX_MESSAGES + 6;
        for (int i = 1; i <= count; i++) {
            outbox.add(to(ST_MARY, "M-" + i), clock.instant());
        }
        peers = (address, id) -> Delivery.Outcome.delivered();
        dispatcher.start();

        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0)).startsWith("M-1,M-2,").endsWith(",M-" + MessageBatch.MAX_MESSAGES + "@http://stmary.test:8380");
        assertThat(attempts.get(1)).startsWith("M-" + (MessageBatch.MAX_MESSAGES + 1) + ",").endsWith(",M-" + count + "@http://stmary.test:8380");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void messages_that_together_exceed_what_a_peer_takes_go_in_several_requests_each_within_the_limit() {
        List<Integer> sizes = new ArrayList<>();
        Delivery measuring = (address, body) -> {
            sizes.add(body.length);
            List<byte[]> messages = MessageBatch.isBatch(body) ? MessageBatch.parse(body) : List.of(body);
            return MessageBatch.isBatch(body) ? Delivery.Outcome.delivered(MessageBatch.answer(messages.size(), Map.of()))
                    : Delivery.Outcome.delivered();
        };
        int limit = HttpTransportSettings.DEFAULT_MAX_MESSAGE_BYTES;
        // Eleven messages of 0.9 MiB: 9.9 MiB in all, four to a request at most.
        for (int i = 1; i <= 11; i++) {
            outbox.add(withPayload(ST_MARY, "M-" + i, 900 * 1024), clock.instant());
        }
        new OutboxDispatcher(ACME, NETWORK.keyOf(ACME), MAP, outbox, measuring, new Backoff(Duration.ofSeconds(1),
                Duration.ofSeconds(8)), clock, scheduler, Runnable::run, limit).start();

        assertThat(sizes).hasSize(3).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(limit));
        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.refusedMessages()).isEmpty();
    }

    @Test
    void a_batch_is_cut_where_its_framing_would_take_it_past_the_limit() {
        List<Integer> sizes = new ArrayList<>();
        Delivery measuring = (address, body) -> {
            sizes.add(body.length);
            return MessageBatch.isBatch(body) ? Delivery.Outcome.delivered(MessageBatch.answer(MessageBatch.parse(body).size(),
                    Map.of())) : Delivery.Outcome.delivered();
        };
        int messageBytes = SignedMessage.sign(withPayload(ST_MARY, "M-0", 1000).sentBy(ACME), NETWORK.keyOf(ACME)).length;
        // Exactly two signed messages fit; the batch's header and lengths would not.
        int limit = 2 * messageBytes;
        for (int i = 1; i <= 2; i++) {
            outbox.add(withPayload(ST_MARY, "M-" + i, 1000), clock.instant());
        }
        new OutboxDispatcher(ACME, NETWORK.keyOf(ACME), MAP, outbox, measuring, new Backoff(Duration.ofSeconds(1),
                Duration.ofSeconds(8)), clock, scheduler, Runnable::run, limit).start();

        assertThat(sizes).containsExactly(messageBytes, messageBytes);
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void a_message_larger_than_a_peer_takes_is_refused_here_with_its_size_and_the_others_go() {
        List<Integer> sizes = new ArrayList<>();
        Delivery measuring = (address, body) -> {
            sizes.add(body.length);
            return Delivery.Outcome.delivered();
        };
        outbox.add(withPayload(ST_MARY, "M-huge", 5 * 1024 * 1024), clock.instant());
        outbox.add(to(ST_MARY, "M-small"), clock.instant());
        new OutboxDispatcher(ACME, NETWORK.keyOf(ACME), MAP, outbox, measuring, new Backoff(Duration.ofSeconds(1),
                Duration.ofSeconds(8)), clock, scheduler, Runnable::run, HttpTransportSettings.DEFAULT_MAX_MESSAGE_BYTES).start();

        assertThat(sizes).hasSize(1).allSatisfy(size -> assertThat(size).isLessThan(1000));
        assertThat(outbox.find("M-huge").orElseThrow().status()).isEqualTo(OutboxMessage.Status.REFUSED);
        assertThat(outbox.find("M-huge").orElseThrow().lastError()).contains("a peer takes at most 4194304");
        assertThat(outbox.find("M-small").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
    }

    @Test
    void an_answer_that_does_not_answer_the_batch_counts_as_no_answer() {
        OutboxDispatcher dispatcher = dispatcher();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        outbox.add(to(ST_MARY, "M-2"), clock.instant());
        peers = (address, id) -> Delivery.Outcome.delivered();
        batchAnswer = "accepted";
        dispatcher.start();

        assertThat(outbox.pendingCount()).as("tried again later").isEqualTo(2);
        assertThat(outbox.find("M-1").orElseThrow().lastError()).contains("not one to the batch");

        batchAnswer = null;
        advance(Duration.ofSeconds(1));
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void a_batch_refused_whole_keeps_each_of_its_messages_with_the_reason() {
        OutboxDispatcher dispatcher = dispatcher();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        outbox.add(to(ST_MARY, "M-2"), clock.instant());
        Delivery refusing = (address, body) -> Delivery.Outcome.refused("HTTP 400: malformed P2P batch");
        new OutboxDispatcher(ACME, NETWORK.keyOf(ACME), MAP, outbox, refusing,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)), clock, scheduler, Runnable::run).start();

        assertThat(outbox.refusedMessages()).extracting(OutboxMessage::messageId).containsExactly("M-1", "M-2");
        assertThat(outbox.refusedMessages()).allSatisfy(m -> assertThat(m.lastError()).contains("malformed P2P batch"));
    }

    @Test
    void word_that_a_peer_is_back_sends_its_messages_before_their_retry_time() {
        OutboxDispatcher dispatcher = dispatcher();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        dispatcher.start();
        advance(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(2));
        assertThat(outbox.find("M-1").orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(4));

        peers = (address, id) -> Delivery.Outcome.delivered();
        dispatcher.recipientIsBack(ST_MARY);

        assertThat(outbox.find("M-1").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(attempts).as("three failed attempts, then one at once").hasSize(4);
        assertThat(attemptTimes.get(3)).isEqualTo(clock.instant());
    }

    @Test
    void a_refusal_ends_delivery_and_is_kept_with_its_reason_while_other_messages_go_on() {
        OutboxDispatcher dispatcher = dispatcher();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        outbox.add(to(ST_MARY, "M-2"), clock.instant());
        peers = (address, id) -> id.equals("M-1") ? Delivery.Outcome.refused("BAD_SIGNATURE message M-1 is not signed by the key of Acme")
                : Delivery.Outcome.delivered();
        dispatcher.start();
        advance(Duration.ofMinutes(10));

        assertThat(outbox.refusedMessages()).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo("M-1");
            assertThat(m.lastError()).contains("BAD_SIGNATURE").contains("not signed");
        });
        assertThat(outbox.find("M-2").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(attempts).as("one request for both, no second").containsExactly("M-1,M-2@http://stmary.test:8380");

        outbox.add(to(ST_MARY, "M-3"), clock.instant());
        peers = (address, id) -> Delivery.Outcome.refused("HTTP 403 from http://stmary.test:8380/api/p2p/messages: bad signature");
        dispatcher.wake();
        assertThat(outbox.find("M-3").orElseThrow().status()).as("a lone message refused").isEqualTo(OutboxMessage.Status.REFUSED);
    }

    @Test
    void a_dispatcher_started_over_an_outbox_with_pending_messages_delivers_them() {
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        outbox.add(to(LAKESIDE, "M-2"), clock.instant());
        OutboxDispatcher crashed = dispatcher();
        crashed.start();
        crashed.stop();
        assertThat(outbox.pendingCount()).isEqualTo(2);

        peers = (address, id) -> Delivery.Outcome.delivered();
        dispatcher().start();
        assertThat(attempts).as("each waits for its retry time, which the new dispatcher read").hasSize(2);
        advance(Duration.ofSeconds(1));

        assertThat(outbox.pendingCount()).isZero();
        assertThat(attempts).endsWith("M-1@http://stmary.test:8380", "M-2@http://lakeside.test:8480");
    }

    @Test
    void a_stopped_dispatcher_sends_nothing() {
        OutboxDispatcher dispatcher = dispatcher();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());

        dispatcher.wake();
        advance(Duration.ofMinutes(1));

        assertThat(attempts).isEmpty();
    }
}
