package net.claimsnet.flows.transport.http;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.node.Node;
import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;

import static net.claimsnet.flows.transport.http.HttpNetwork.INSURER;
import static net.claimsnet.flows.transport.http.HttpNetwork.LAKESIDE;
import static net.claimsnet.flows.transport.http.HttpNetwork.ST_MARY;
import static net.claimsnet.flows.transport.http.HttpNetwork.within60s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the insurer's P2P endpoint does with messages that are not what they claim, posted over
 * HTTP as a forger would: each is refused with its status and leaves the node exactly as it was.
 * The genuine message they start from is St. Mary's INIT of a real claim submission.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundMessagesOverHttpTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpNetwork network;
    private byte[] genuineInit;
    private String genuineInitId;
    private NodeSnapshot before;

    @BeforeAll
    void submitAClaimOverHttp() throws Exception {
        network = new HttpNetwork();
        network.coverMember(SampleClaims.MEMBER_ID);
        within60s(network.stMary().startFlow(new SubmitClaimFlow.Initiator(SampleClaims.details(SampleClaims.MEMBER_ID), INSURER)).result());
        for (byte[] body : network.server(INSURER).received()) {
            if (MessageBatch.isBatch(body)) {
                continue;
            }
            Envelope envelope = SignedMessage.parse(body).envelope();
            if (envelope.kind() == MessageKind.INIT && envelope.sender().equals(ST_MARY)) {
                genuineInit = body;
                genuineInitId = envelope.messageId();
            }
        }
        assertThat(genuineInit).as("St. Mary's INIT reached the insurer over HTTP").isNotNull();
        HttpNetwork.await("the insurer is idle", () -> network.insurer().flows().runningCount() == 0);
    }

    @AfterAll
    void close() {
        network.close();
    }

    @BeforeEach
    void recordTheInsurersState() {
        before = NodeSnapshot.of(network.insurer());
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(network.server(INSURER).baseAddress() + HttpDelivery.PATH))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void assertNothingChanged() {
        assertThat(NodeSnapshot.of(network.insurer())).isEqualTo(before);
    }

    private static Envelope fromStMary(String id) {
        return new Envelope(id, ST_MARY, INSURER, "forged-session-" + id, MessageKind.INIT, 1, 0,
                SubmitClaimFlow.Initiator.class.getName(), new byte[] {1, 2, 3});
    }

    @Test
    void a_message_whose_payload_was_changed_in_transit_is_refused_with_403() throws Exception {
        byte[] tampered = Arrays.copyOf(genuineInit, genuineInit.length);
        int lastPayloadByte = tampered.length - Short.BYTES - 64 - 1;
        tampered[lastPayloadByte] ^= 0x01;

        HttpResponse<String> response = post(tampered);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue(InboundResult.REJECTION_HEADER)).hasValue("BAD_SIGNATURE");
        assertThat(response.body()).contains("is not signed by the key of " + ST_MARY);
        assertNothingChanged();
    }

    @Test
    void a_message_from_st_mary_signed_with_lakesides_key_is_refused_with_403() throws Exception {
        byte[] forged = SignedMessage.sign(fromStMary("forged-1"), network.bootstrap().keyOf(LAKESIDE));

        HttpResponse<String> response = post(forged);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue(InboundResult.REJECTION_HEADER)).hasValue("BAD_SIGNATURE");
        assertThat(network.timesHandedToEngine("forged-1")).isZero();
        assertNothingChanged();
    }

    @Test
    void a_message_from_a_node_not_on_the_network_map_is_refused_with_403() throws Exception {
        CordaX500Name mallory = CordaX500Name.parse("O=Mallory Clinic,L=Nowhere,C=US");
        KeyPair malloryKey = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        Envelope envelope = new Envelope("mallory-1", mallory, INSURER, "mallory-session", MessageKind.INIT, 1, 0,
                SubmitClaimFlow.Initiator.class.getName(), new byte[] {1});

        HttpResponse<String> response = post(SignedMessage.sign(envelope, malloryKey));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue(InboundResult.REJECTION_HEADER)).hasValue("UNKNOWN_SENDER");
        assertThat(response.body()).contains(mallory + " is not on the network map");
        assertNothingChanged();
    }

    @Test
    void a_message_for_another_node_is_refused_with_404() throws Exception {
        Envelope forLakeside = new Envelope("misrouted-1", ST_MARY, LAKESIDE, "s", MessageKind.INIT, 1, 0, "p", new byte[] {1});

        HttpResponse<String> response = post(SignedMessage.sign(forLakeside, network.bootstrap().keyOf(ST_MARY)));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue(InboundResult.REJECTION_HEADER)).hasValue("WRONG_RECIPIENT");
        assertNothingChanged();
    }

    @Test
    void bytes_that_are_no_p2p_message_are_refused_with_400_and_a_body_over_the_limit_with_413() throws Exception {
        HttpResponse<String> garbage = post("{\"claim\": \"not a P2P message\"}".getBytes());
        HttpResponse<String> truncated = post(Arrays.copyOf(genuineInit, genuineInit.length / 2));
        HttpResponse<String> tooLarge = post(new byte[HttpNetwork.SETTINGS.maxMessageBytes() + 1]);

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("no CNP2 header");
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertNothingChanged();
    }

    @Test
    void a_genuine_message_replayed_is_acknowledged_handed_on_as_a_redelivery_and_processed_once() throws Exception {
        assertThat(network.timesHandedToEngine(genuineInitId)).isEqualTo(1);

        HttpResponse<String> first = post(genuineInit);
        HttpResponse<String> second = post(genuineInit);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("received before");
        // The engine hears of each replay (a sender resends when it lost the answer) and takes the message in once.
        assertThat(network.timesHandedToEngine(genuineInitId)).isEqualTo(3);
        assertThat(network.timesHandedAsFirstDelivery(genuineInitId))
                .as("only its first arrival skips the engine's look-up of processed ids").isEqualTo(1);
        assertNothingChanged();
    }

    @Test
    void a_batch_is_checked_message_by_message_and_its_answer_names_the_refused_ones() throws Exception {
        KeyPair stMary = network.bootstrap().keyOf(ST_MARY);
        byte[] genuine = SignedMessage.sign(new Envelope("batch-1", ST_MARY, INSURER, "batch-session-1", MessageKind.FETCH_RESPONSE,
                0, 0, null, new byte[] {1}), stMary);
        byte[] forged = SignedMessage.sign(fromStMary("batch-forged"), network.bootstrap().keyOf(LAKESIDE));
        byte[] misrouted = SignedMessage.sign(new Envelope("batch-misrouted", ST_MARY, LAKESIDE, "s", MessageKind.INIT, 1, 0, "p",
                new byte[] {1}), stMary);
        byte[] batch = MessageBatch.of(List.of(forged, genuine, misrouted, genuineInit));

        HttpResponse<String> first = post(batch);
        HttpResponse<String> replayed = post(batch);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue(InboundResult.REJECTION_HEADER)).isEmpty();
        assertThat(MessageBatch.refusalsIn(first.body(), 4)).containsOnlyKeys(0, 2)
                .hasEntrySatisfying(0, reason -> assertThat(reason).startsWith("BAD_SIGNATURE"))
                .hasEntrySatisfying(2, reason -> assertThat(reason).startsWith("WRONG_RECIPIENT"));
        assertThat(replayed.body()).isEqualTo(first.body());
        assertThat(network.timesHandedToEngine("batch-1")).as("once, though received twice").isEqualTo(1);
        assertThat(network.timesHandedToEngine("batch-forged")).isZero();
        assertThat(network.timesHandedToEngine(genuineInitId)).as("a session message received before, in a batch: handed on"
                + " as a redelivery").isGreaterThan(1);
        assertNothingChanged();
    }

    @Test
    void a_batch_that_cannot_be_read_is_refused_whole_with_400() throws Exception {
        byte[] batch = MessageBatch.of(List.of(genuineInit, genuineInit));

        HttpResponse<String> truncated = post(Arrays.copyOf(batch, batch.length - 3));

        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.headers().firstValue(InboundResult.REJECTION_HEADER)).hasValue("MALFORMED");
        assertThat(truncated.body()).contains("malformed P2P batch");
        assertNothingChanged();
    }

    @Test
    void a_message_signed_by_its_sender_reaches_the_node_but_a_stopped_node_answers_503() throws Exception {
        Node lakeside = network.node(LAKESIDE);
        InboundMessages inbound = network.transport(LAKESIDE).inbound();
        Envelope hello = new Envelope("hello-1", ST_MARY, LAKESIDE, "hello-session", MessageKind.FETCH_RESPONSE, 0, 0, null, new byte[] {1});
        byte[] signed = SignedMessage.sign(hello, network.bootstrap().keyOf(ST_MARY));

        assertThat(inbound.accept(signed).httpStatus()).isEqualTo(202);
        assertThat(network.timesHandedToEngine("hello-1")).isEqualTo(1);

        lakeside.stop();
        Envelope later = new Envelope("hello-2", ST_MARY, LAKESIDE, "hello-session", MessageKind.FETCH_RESPONSE, 0, 0, null, new byte[] {1});
        InboundResult whileStopped = inbound.accept(SignedMessage.sign(later, network.bootstrap().keyOf(ST_MARY)));

        assertThat(whileStopped.httpStatus()).isEqualTo(503);
        assertThat(network.timesHandedToEngine("hello-2")).isZero();
        network.stopNode(LAKESIDE);
        network.startNode(LAKESIDE);
    }

    /** What a refused message must not change at the insurer. */
    private static final class NodeSnapshot {
        final long transactions;
        final int running;
        final List<String> rejections;
        final int failed;

        private NodeSnapshot(Node node) {
            transactions = node.ledger().transactions().count();
            running = node.flows().runningCount();
            rejections = node.flows().rejections();
            failed = node.flows().failedFlows().size();
        }

        static NodeSnapshot of(Node node) {
            return new NodeSnapshot(node);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof NodeSnapshot)) {
                return false;
            }
            NodeSnapshot that = (NodeSnapshot) other;
            return transactions == that.transactions && running == that.running && failed == that.failed
                    && rejections.equals(that.rejections);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(transactions) + running;
        }

        @Override
        public String toString() {
            return transactions + " transactions, " + running + " running, " + failed + " failed, rejections " + rejections;
        }
    }
}
