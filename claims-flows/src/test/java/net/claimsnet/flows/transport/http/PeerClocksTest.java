package net.claimsnet.flows.transport.http;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PeerClocksTest {

    private static final String PEER = "https://peer.example:8282";
    private static final Instant T = Instant.parse("2026-12-06T12:00:00Z");

    private final PeerClocks clocks = new PeerClocks();

    @Test
    void a_peer_reading_its_clock_in_the_middle_of_the_round_trip_is_that_far_ahead_give_or_take_half_the_trip() {
        clocks.observe(PEER, T, T.plusMillis(50).plusSeconds(20), T.plusMillis(100));

        PeerClocks.Offset offset = clocks.byAddress().get(PEER);
        assertThat(offset.offset()).isEqualTo(Duration.ofSeconds(20));
        assertThat(offset.uncertainty()).isEqualTo(Duration.ofMillis(50));
        assertThat(offset.beyondTolerance()).isFalse();
        assertThat(offset.toString()).isEqualTo("+20000 ms (±50)");
    }

    @Test
    void a_peer_more_than_a_minute_behind_is_beyond_what_the_flows_tolerate() {
        clocks.observe(PEER, T, T.minusSeconds(90), T.plusMillis(10));

        assertThat(clocks.byAddress().get(PEER).beyondTolerance()).isTrue();
        assertThat(clocks.byAddress().get(PEER).toString()).isEqualTo("-90005 ms (±5)");
    }

    @Test
    void the_most_certain_fresh_reading_is_kept_and_a_stale_one_is_replaced() {
        clocks.observe(PEER, T, T.plusMillis(5), T.plusMillis(10));
        clocks.observe(PEER, T.plusSeconds(60), T.plusSeconds(61), T.plusSeconds(62));
        assertThat(clocks.byAddress().get(PEER).uncertainty()).as("the quicker answer").isEqualTo(Duration.ofMillis(5));

        Instant later = T.plus(PeerClocks.FRESH_FOR).plusSeconds(1);
        clocks.observe(PEER, later, later.plusSeconds(31), later.plusSeconds(2));
        assertThat(clocks.byAddress().get(PEER).offset()).as("the old reading went stale").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void an_answer_without_a_time_or_with_no_number_is_no_reading() {
        clocks.observe(PEER, T, Optional.empty(), T.plusMillis(10));
        clocks.observe(PEER, T, Optional.of("noon"), T.plusMillis(10));

        assertThat(clocks.byAddress()).isEmpty();
    }

    @Test
    void each_delivery_reads_the_clock_the_peer_states_on_its_answer() throws IOException {
        HttpServer peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.createContext(HttpDelivery.PATH, exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add(PeerClocks.TIME_HEADER,
                    Long.toString(System.currentTimeMillis() + Duration.ofMinutes(3).toMillis()));
            exchange.sendResponseHeaders(200, 2);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("ok".getBytes());
            }
        });
        peer.start();
        try {
            String address = "http://127.0.0.1:" + peer.getAddress().getPort();
            HttpDelivery delivery = new HttpDelivery(Duration.ofSeconds(5), Duration.ofSeconds(5), null, clocks,
                    java.time.Clock.systemUTC());

            assertThat(delivery.deliver(address, new byte[]{1, 2, 3}).kind()).isEqualTo(Delivery.Outcome.Kind.DELIVERED);

            PeerClocks.Offset offset = clocks.byAddress().get(address);
            assertThat(offset.offset()).isBetween(Duration.ofMinutes(3).minusSeconds(2), Duration.ofMinutes(3).plusSeconds(2));
            assertThat(offset.beyondTolerance()).isTrue();
        } finally {
            peer.stop(0);
        }
    }
}
