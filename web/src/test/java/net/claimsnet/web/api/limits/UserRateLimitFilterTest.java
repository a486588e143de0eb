package net.claimsnet.web.api.limits;

import jakarta.servlet.FilterChain;
import net.claimsnet.node.limits.RateLimit;
import net.claimsnet.node.limits.RateLimiter;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Each user's requests a second, on a clock the test moves: 429 with Retry-After and what to do, or through. */
class UserRateLimitFilterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final UserRateLimitFilter filter = new UserRateLimitFilter(new RateLimiter(new RateLimit(2, 3), nanos::get));
    private final AtomicInteger passed = new AtomicInteger();
    private final FilterChain chain = (request, response) -> passed.incrementAndGet();

    private ServletFakes.Recorded send(String path, String user) throws Exception {
        ServletFakes.Recorded recorded = new ServletFakes.Recorded();
        filter.doFilter(ServletFakes.request(path, user, "10.0.0.7"), recorded.response(), chain);
        return recorded;
    }

    @Test
    void a_user_within_the_limit_is_let_through_every_time() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("/api/claims", "billing@stmary").status).isEqualTo(200);
        }
        assertThat(passed).hasValue(3);
    }

    @Test
    void a_user_over_the_limit_gets_429_with_retry_after_and_a_json_error_saying_what_to_do() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("/api/claims", "billing@stmary");
        }

        ServletFakes.Recorded refused = send("/api/claims", "billing@stmary");

        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.headers).containsEntry("Retry-After", "1");
        assertThat(refused.contentType).isEqualTo("application/json");
        assertThat(refused.body()).contains("\"error\":\"rate-limited\"").contains("billing@stmary sent more than")
                .contains("wait 1 s");
        assertThat(passed).hasValue(3);
    }

    @Test
    void a_desk_page_over_the_limit_is_told_in_plain_text() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("/desk/claims.xhtml", "billing@stmary");
        }

        ServletFakes.Recorded refused = send("/desk/claims.xhtml", "billing@stmary");

        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.contentType).isEqualTo("text/plain");
        assertThat(refused.body()).contains("send fewer requests a second");
    }

    @Test
    void one_user_over_the_limit_leaves_other_users_and_anonymous_callers_theirs() throws Exception {
        for (int i = 0; i < 5; i++) {
            send("/api/claims", "flooder@stmary");
        }

        assertThat(send("/api/claims", "billing@stmary").status).isEqualTo(200);
        assertThat(send("/health", null).status).isEqualTo(200);
    }

    @Test
    void the_user_is_let_through_again_once_the_bucket_refilled() throws Exception {
        for (int i = 0; i < 4; i++) {
            send("/api/claims", "billing@stmary");
        }
        nanos.addAndGet(500_000_000L);

        assertThat(send("/api/claims", "billing@stmary").status).isEqualTo(200);
    }

    @Test
    void the_p2p_endpoint_is_left_to_its_per_peer_limit() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(send("/api/p2p/messages", null).status).isEqualTo(200);
        }
    }
}
