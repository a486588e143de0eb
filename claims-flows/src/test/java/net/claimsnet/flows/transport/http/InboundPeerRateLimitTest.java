package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.checkpoint.InMemoryCheckpointStore;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.InMemoryInboxStore;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.network.BootstrappedNetwork;
import net.claimsnet.ledger.network.NetworkBootstrapper;
import net.claimsnet.ledger.network.NodeSpec;
import net.claimsnet.node.limits.RateLimit;
import net.claimsnet.node.limits.RateLimiter;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each peer's messages a second, counted once its signature is checked: over its limit a peer is
 * answered 429 with how long to wait and nothing is recorded; other peers, and a forger using a
 * peer's name, do not use up its allowance.
 */
class InboundPeerRateLimitTest {

    private static final CordaX500Name ACME = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    private static final CordaX500Name ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    private static final CordaX500Name LAKESIDE = CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US");
    private static final BootstrappedNetwork NETWORK = NetworkBootstrapper.inMemory(List.of(
            new NodeSpec(ACME, NodeRole.INSURER, "http://acme.test:8280"),
            new NodeSpec(ST_MARY, NodeRole.PROVIDER, "http://stmary.test:8380"),
            new NodeSpec(LAKESIDE, NodeRole.PROVIDER, "http://lakeside.test:8480")));
    private static final TrustedNetworkMap MAP = TrustedNetworkMap.verify(NETWORK.signedMap(), NETWORK.operatorKey());

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> handed = new ArrayList<>();
    private final InboundMessages acme = new InboundMessages(ACME, MAP, new InMemoryInboxStore(new InMemoryCheckpointStore()),
            Clock.systemUTC(), HttpTransportSettings.DEFAULT_MAX_MESSAGE_BYTES, sender -> { },
            new RateLimiter(new RateLimit(10, 5), nanos::get));
    private int sequence;

    {
        acme.bind(envelope -> handed.add(envelope.messageId()));
    }

    private byte[] from(CordaX500Name sender) {
        return fromSignedBy(sender, sender);
    }

    private byte[] fromSignedBy(CordaX500Name sender, CordaX500Name signer) {
        String id = "M-" + (++sequence);
        return SignedMessage.sign(new Envelope(id, sender, ACME, "S-" + id, MessageKind.INIT, 1, 0, "p", new byte[] {1}),
                NETWORK.keyOf(signer));
    }

    @Test
    void a_peer_within_its_limit_has_every_message_accepted() {
        for (int i = 0; i < 5; i++) {
            assertThat(acme.accept(from(ST_MARY)).httpStatus()).isEqualTo(202);
        }
        assertThat(handed).hasSize(5);
    }

    @Test
    void a_peer_over_its_limit_is_answered_429_with_a_wait_and_nothing_is_recorded() {
        for (int i = 0; i < 5; i++) {
            acme.accept(from(ST_MARY));
        }

        InboundResult sixth = acme.accept(from(ST_MARY));

        assertThat(sixth.httpStatus()).isEqualTo(429);
        assertThat(sixth.rejection()).isEqualTo(InboundResult.Rejection.RATE_LIMITED);
        assertThat(sixth.retryAfter()).isEqualTo(Duration.ofMillis(100));
        assertThat(sixth.reason()).contains("O=St. Mary Hospital").contains("again in 1 s");
        assertThat(handed).hasSize(5);
        nanos.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(acme.accept(from(ST_MARY)).httpStatus()).as("taken again once refilled").isEqualTo(202);
    }

    @Test
    void one_peer_over_its_limit_leaves_the_others_theirs() {
        for (int i = 0; i < 6; i++) {
            acme.accept(from(ST_MARY));
        }

        assertThat(acme.accept(from(LAKESIDE)).httpStatus()).isEqualTo(202);
    }

    @Test
    void messages_forged_in_a_peers_name_are_refused_for_their_signature_and_use_up_none_of_its_allowance() {
        for (int i = 0; i < 20; i++) {
            assertThat(acme.accept(fromSignedBy(ST_MARY, LAKESIDE)).httpStatus()).isEqualTo(403);
        }

        assertThat(acme.accept(from(ST_MARY)).httpStatus()).isEqualTo(202);
    }

    @Test
    void a_batch_counts_each_of_its_messages_and_over_the_limit_is_refused_whole_for_a_retry() {
        byte[] withinLimit = MessageBatch.of(List.of(from(ST_MARY), from(ST_MARY), from(ST_MARY)));
        byte[] overLimit = MessageBatch.of(List.of(from(ST_MARY), from(ST_MARY), from(ST_MARY)));

        InboundResult first = acme.accept(withinLimit);
        InboundResult second = acme.accept(overLimit);

        assertThat(first.httpStatus()).isEqualTo(200);
        assertThat(second.httpStatus()).isEqualTo(429);
        assertThat(handed).hasSize(3);
    }
}
