package net.claimsnet.web.fuzz;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzz run's requests: the same for a seed, of every kind, and each one sendable by the JDK client. */
class MalformedRequestsTest {

    private static final int COUNT = FuzzRun.DEFAULT_COUNT;

    @Test
    void a_seed_gives_the_same_requests_every_time_and_another_seed_others() {
        MalformedRequests first = new MalformedRequests(15);
        MalformedRequests again = new MalformedRequests(15);
        MalformedRequests other = new MalformedRequests(16);

        for (int i = 0; i < 200; i++) {
            assertThat(again.request(i).toString()).isEqualTo(first.request(i).toString());
            assertThat(again.request(i).body()).isEqualTo(first.request(i).body());
        }
        int differing = 0;
        for (int i = 0; i < 200; i++) {
            differing += Arrays.equals(first.request(i).body(), other.request(i).body())
                    && first.request(i).pathAndQuery().equals(other.request(i).pathAndQuery()) ? 0 : 1;
        }
        assertThat(differing).isGreaterThan(150);
    }

    @Test
    void the_default_run_has_every_kind_and_each_request_makes_a_valid_uri() {
        MalformedRequests requests = new MalformedRequests(FuzzRun.DEFAULT_SEED);
        Map<String, Integer> kinds = new HashMap<>();
        URI base = URI.create("https://127.0.0.1:8981");
        long bytes = 0;
        for (int i = 0; i < COUNT; i++) {
            FuzzRequest request = requests.request(i);
            kinds.merge(request.kind(), 1, Integer::sum);
            HttpRequest.newBuilder(base.resolve(request.pathAndQuery())).timeout(Duration.ofSeconds(2)).build();
            bytes += request.body() == null ? 0 : request.body().length;
        }

        assertThat(kinds).containsOnlyKeys("json", "fhir", "x12", "path");
        assertThat(kinds.values()).allSatisfy(count -> assertThat(count).isGreaterThan(COUNT / 10));
        assertThat(bytes / COUNT).as("average body bytes: a run must stay quick").isLessThan(100_000);
    }

    @Test
    void only_a_head_over_the_servers_limit_sent_with_a_body_may_be_dropped_for_the_body_in_flight() {
        String overLong = "/api/claims/x?q=" + "y".repeat(FuzzRun.SERVER_HEAD_LIMIT_BYTES);
        FuzzRequest overLongWithBody = new FuzzRequest("path", "PUT", overLong, "application/json", new byte[100],
                FuzzRequest.Credentials.USER);
        FuzzRequest shortWithBody = new FuzzRequest("path", "PUT", "/api/claims/x?q=y", "application/json", new byte[300_000],
                FuzzRequest.Credentials.USER);

        assertThat(FuzzRun.isHeadOverLimitWithBody(overLongWithBody)).isTrue();
        assertThat(FuzzRun.isHeadOverLimitWithBody(overLongWithBody.withoutBody())).isFalse();
        assertThat(FuzzRun.isHeadOverLimitWithBody(shortWithBody)).isFalse();
        assertThat(overLongWithBody.withoutBody()).extracting(FuzzRequest::method, FuzzRequest::pathAndQuery, FuzzRequest::contentType,
                FuzzRequest::credentials).containsExactly("PUT", overLong, null, FuzzRequest.Credentials.USER);
        long inDefaultRun = java.util.stream.IntStream.range(0, COUNT).mapToObj(new MalformedRequests(FuzzRun.DEFAULT_SEED)::request)
                .filter(FuzzRun::isHeadOverLimitWithBody).count();
        assertThat(inDefaultRun).as("the default run still sends over-long heads with bodies").isPositive();
    }
}
