package net.claimsnet.bench.desk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark reads the node's time over a page from the Server-Timing header the desk sends. */
class ServerTimingHeaderTest {

    @Test
    void the_duration_in_milliseconds_becomes_nanoseconds() {
        assertThat(DeskClient.serverNanos("page;dur=12.5")).isEqualTo(12_500_000L);
        assertThat(DeskClient.serverNanos("page; desc=\"desk page\"; dur=3")).isEqualTo(3_000_000L);
    }

    @Test
    void a_header_without_a_readable_duration_gives_none() {
        assertThat(DeskClient.serverNanos("page")).isEqualTo(-1);
        assertThat(DeskClient.serverNanos("page;dur=soon")).isEqualTo(-1);
    }
}
