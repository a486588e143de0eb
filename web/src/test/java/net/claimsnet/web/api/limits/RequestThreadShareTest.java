package net.claimsnet.web.api.limits;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The users' share of the request threads: full, a user's request is 503 at once while a peer's still goes through. */
class RequestThreadShareTest {

    private final RequestThreadShare share = new RequestThreadShare(2);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch inside = new CountDownLatch(2);
    private final FilterChain slowDeskCall = (request, response) -> {
        inside.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    private ServletFakes.Recorded send(String path, FilterChain chain) throws Exception {
        ServletFakes.Recorded recorded = new ServletFakes.Recorded();
        share.doFilter(ServletFakes.request(path, "billing@stmary", "10.0.0.7"), recorded.response(), chain);
        return recorded;
    }

    @Test
    void with_the_users_share_taken_a_user_request_is_503_at_once_and_a_peers_message_goes_through() throws Exception {
        ExecutorService users = Executors.newFixedThreadPool(2);
        try {
            List<Future<ServletFakes.Recorded>> waiting = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                waiting.add(users.submit(() -> send("/api/claims", slowDeskCall)));
            }
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

            ServletFakes.Recorded third = send("/api/claims", (request, response) -> { });
            ServletFakes.Recorded peer = send("/api/p2p/messages", (request, response) -> { });

            assertThat(third.status).isEqualTo(503);
            assertThat(third.headers).containsEntry("Retry-After", "1");
            assertThat(third.body()).contains("try again in 1 s");
            assertThat(peer.status).isEqualTo(200);
            release.countDown();
            for (Future<ServletFakes.Recorded> call : waiting) {
                assertThat(call.get(10, TimeUnit.SECONDS).status).isEqualTo(200);
            }
        } finally {
            release.countDown();
            users.shutdownNow();
        }
    }

    @Test
    void within_the_share_every_request_goes_through_and_gives_its_thread_back() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(send("/desk/claims.xhtml", (request, response) -> { }).status).isEqualTo(200);
        }
    }
}
