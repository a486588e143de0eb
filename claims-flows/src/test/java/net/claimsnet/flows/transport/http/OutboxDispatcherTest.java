package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.InMemoryOutboxStore;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.flows.transport.OutboxMessage;
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
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

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
    private Function<String, Delivery.Outcome> peers = address -> Delivery.Outcome.retry("ConnectException: Connection refused");

    private OutboxDispatcher dispatcher() {
        Delivery recording = (address, body) -> {
            Envelope envelope = SignedMessage.parse(body).envelope();
            assertThat(SignedMessage.parse(body).isSignedBy(MAP.require(ACME).getOwningKey())).isTrue();
            attempts.add(envelope.messageId() + "@" + address);
            attemptTimes.add(clock.instant());
            return peers.apply(address);
        };
        return new OutboxDispatcher(ACME, NETWORK.keyOf(ACME), MAP, outbox, recording,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)), clock, scheduler, Runnable::run);
    }

    private static Envelope to(CordaX500Name recipient, String id) {
        return new Envelope(id, ACME, recipient, "S-" + id, MessageKind.DATA, 1, 0, null, new byte[] {4, 2});
    }

    private void advance(Duration duration) {
        clock.advance(duration);
        scheduler.runDue(clock.instant());
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
        outbox.add(to(ST_MARY, "M-2"), clock.instant());
        outbox.add(to(LAKESIDE, "M-3"), clock.instant());
        peers = address -> address.contains("stmary") ? Delivery.Outcome.retry("HTTP 503") : Delivery.Outcome.delivered();
        dispatcher.start();

        assertThat(attempts).containsExactly("M-1@http://stmary.test:8380", "M-3@http://lakeside.test:8480");
        assertThat(outbox.find("M-2").orElseThrow().attempts()).as("not tried while its peer is down").isZero();
        assertThat(outbox.pendingCount()).isEqualTo(2);

        peers = address -> Delivery.Outcome.delivered();
        advance(Duration.ofMillis(999));
        assertThat(attempts).hasSize(2);
        advance(Duration.ofMillis(1));

        assertThat(attempts).endsWith("M-1@http://stmary.test:8380", "M-2@http://stmary.test:8380");
        assertThat(outbox.pendingCount()).isZero();
        assertThat(scheduler.pending()).as("nothing left to retry").isZero();
    }

    @Test
    void word_that_a_peer_is_back_sends_its_messages_before_their_retry_time() {
        OutboxDispatcher dispatcher = dispatcher();
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        dispatcher.start();
        advance(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(2));
        assertThat(outbox.find("M-1").orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(4));

        peers = address -> Delivery.Outcome.delivered();
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
        peers = address -> attempts.size() == 1 ? Delivery.Outcome.refused("HTTP 403 from http://stmary.test:8380/api/p2p/messages: bad signature")
                : Delivery.Outcome.delivered();
        dispatcher.start();
        advance(Duration.ofMinutes(10));

        assertThat(outbox.refusedMessages()).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo("M-1");
            assertThat(m.lastError()).contains("HTTP 403").contains("bad signature");
        });
        assertThat(outbox.find("M-2").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(attempts).containsExactly("M-1@http://stmary.test:8380", "M-2@http://stmary.test:8380");
    }

    @Test
    void a_dispatcher_started_over_an_outbox_with_pending_messages_delivers_them() {
        outbox.add(to(ST_MARY, "M-1"), clock.instant());
        outbox.add(to(LAKESIDE, "M-2"), clock.instant());
        OutboxDispatcher crashed = dispatcher();
        crashed.start();
        crashed.stop();
        assertThat(outbox.pendingCount()).isEqualTo(2);

        peers = address -> Delivery.Outcome.delivered();
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
