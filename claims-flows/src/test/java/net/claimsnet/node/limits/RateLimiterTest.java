package net.claimsnet.node.limits;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Token buckets on a clock that moves only when the test moves it. */
class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(new RateLimit(10, 20), nanos::get);

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void a_caller_within_its_burst_is_admitted_every_time() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.admit("billing@stmary", 1)).as("request %d", i).isZero();
        }
    }

    @Test
    void a_caller_past_its_burst_is_told_how_long_to_wait_and_admitted_once_refilled() {
        for (int i = 0; i < 20; i++) {
            limiter.admit("billing@stmary", 1);
        }

        Duration wait = limiter.admit("billing@stmary", 1);

        assertThat(wait).isEqualTo(Duration.ofMillis(100));
        assertThat(RateLimiter.retryAfterSeconds(wait)).isEqualTo(1);
        advance(Duration.ofMillis(99));
        assertThat(limiter.admit("billing@stmary", 1)).as("not yet refilled").isPositive();
        advance(Duration.ofMillis(1));
        assertThat(limiter.admit("billing@stmary", 1)).isZero();
    }

    @Test
    void a_caller_at_its_sustained_rate_is_never_held_back() {
        for (int second = 0; second < 60; second++) {
            for (int i = 0; i < 10; i++) {
                assertThat(limiter.admit("adjuster@acme", 1)).isZero();
                advance(Duration.ofMillis(100));
            }
        }
    }

    @Test
    void one_caller_over_its_limit_slows_no_other_caller() {
        for (int i = 0; i < 25; i++) {
            limiter.admit("flooder@stmary", 1);
        }

        assertThat(limiter.admit("flooder@stmary", 1)).isPositive();
        assertThat(limiter.admit("billing@stmary", 1)).isZero();
    }

    @Test
    void a_batch_takes_one_token_per_message_and_a_refused_batch_takes_none() {
        assertThat(limiter.admit("O=Acme", 15)).isZero();

        Duration wait = limiter.admit("O=Acme", 10);

        assertThat(wait).isEqualTo(Duration.ofMillis(500));
        assertThat(limiter.admit("O=Acme", 5)).as("the refused batch took nothing").isZero();
    }

    @Test
    void quiet_callers_are_forgotten_once_many_are_tracked() {
        for (int i = 0; i < RateLimiter.MAX_TRACKED; i++) {
            limiter.admit("user-" + i, 1);
        }
        advance(Duration.ofSeconds(1));

        limiter.admit("one-more", 1);

        assertThat(limiter.tracked()).isEqualTo(1);
    }

    @Test
    void a_limit_must_be_positive() {
        assertThatThrownBy(() -> new RateLimit(0, 10)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new RateLimit(10, 0)).hasMessageContaining("at least 1");
    }
}
