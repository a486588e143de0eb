package net.claimsnet.web.api.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.claimsnet.node.ManualClock;
import net.claimsnet.node.filing.InMemoryIdempotencyKeys;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Idempotency-Key filter in front of a stand-in for the claims resource that counts what it does
 * and answers 201 with a Location, as a filing does.
 */
class IdempotencyKeyFilterTest {

    private static final String CLAIM = "{\"claimId\":\"CLM-1\"}";

    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final ManualClock clock = new ManualClock(Instant.parse("2025-04-01T12:00:00Z"));
    private final IdempotencyKeyFilter filter = new IdempotencyKeyFilter(keys, clock);
    private final AtomicInteger filings = new AtomicInteger();

    /** Files "a claim": counts it and answers 201 with the body it read. */
    private final FilingChain files = (request, response) -> {
        int number = filings.incrementAndGet();
        String read = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        response.setStatus(201);
        response.setContentType("application/json");
        response.setHeader("Location", "https://node/api/claims/claim-" + number);
        response.getWriter().write("{\"filing\":" + number + ",\"read\":" + read + "}");
    };

    interface FilingChain extends FilterChain {
        default void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
                throws java.io.IOException {
            run((HttpServletRequest) request, (HttpServletResponse) response);
        }

        void run(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException;
    }

    private Answer post(String user, String key, String path, String body, FilterChain chain) throws Exception {
        Answer answer = new Answer();
        filter.doFilter(request("POST", user, key, path, body), answer.response(), chain);
        return answer;
    }

    private Answer post(String user, String key, String body) throws Exception {
        return post(user, key, "/api/claims", body, files);
    }

    @Test
    void the_same_request_under_the_same_key_replays_the_first_answer_and_files_once() throws Exception {
        Answer first = post("billing@stmary", "key-1", CLAIM);
        Answer again = post("billing@stmary", "key-1", CLAIM);

        assertThat(filings).hasValue(1);
        assertThat(first.status).isEqualTo(201);
        assertThat(first.headers).doesNotContainKey(IdempotencyKeyFilter.REPLAYED);
        assertThat(again.status).isEqualTo(201);
        assertThat(again.headers).containsEntry(IdempotencyKeyFilter.REPLAYED, "true")
                .containsEntry("Location", "https://node/api/claims/claim-1");
        assertThat(again.body()).isEqualTo(first.body()).isEqualTo("{\"filing\":1,\"read\":" + CLAIM + "}");
        assertThat(again.contentType).isEqualTo("application/json");
    }

    @Test
    void the_resource_reads_the_whole_body_the_filter_fingerprinted() throws Exception {
        Answer first = post("billing@stmary", "key-1", CLAIM);

        assertThat(first.body()).contains("\"read\":" + CLAIM);
    }

    @Test
    void a_filter_the_container_runs_twice_in_one_chain_takes_the_request_once() throws Exception {
        FilterChain throughTheFilterAgain = (request, response) ->
                filter.doFilter((HttpServletRequest) request, (HttpServletResponse) response, files);

        Answer first = post("billing@stmary", "key-1", "/api/claims", CLAIM, throughTheFilterAgain);
        Answer again = post("billing@stmary", "key-1", CLAIM);

        assertThat(first.status).isEqualTo(201);
        assertThat(again.status).isEqualTo(201);
        assertThat(again.headers).containsEntry(IdempotencyKeyFilter.REPLAYED, "true");
        assertThat(filings).hasValue(1);
    }

    @Test
    void without_a_key_every_request_runs() throws Exception {
        post("billing@stmary", null, CLAIM);
        post("billing@stmary", null, CLAIM);

        assertThat(filings).hasValue(2);
    }

    @Test
    void another_request_under_a_used_key_is_422_and_runs_nothing() throws Exception {
        post("billing@stmary", "key-1", CLAIM);

        Answer otherBody = post("billing@stmary", "key-1", "{\"claimId\":\"CLM-2\"}");
        Answer otherPath = post("billing@stmary", "key-1", "/api/claims/c-1/appeal", CLAIM, files);

        assertThat(otherBody.status).isEqualTo(422);
        assertThat(otherBody.body()).contains("idempotency-key-reused").contains("another request");
        assertThat(otherPath.status).isEqualTo(422);
        assertThat(filings).hasValue(1);
    }

    @Test
    void the_same_key_while_its_first_request_runs_is_409() throws Exception {
        Answer[] during = new Answer[1];
        FilingChain slowFiling = (request, response) -> {
            try {
                during[0] = post("billing@stmary", "key-1", CLAIM);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            files.run(request, response);
        };

        Answer first = post("billing@stmary", "key-1", "/api/claims", CLAIM, slowFiling);

        assertThat(first.status).isEqualTo(201);
        assertThat(during[0].status).isEqualTo(409);
        assertThat(during[0].body()).contains("still being processed");
        assertThat(during[0].headers).containsEntry("Retry-After", "1");
        assertThat(filings).hasValue(1);
    }

    @Test
    void keys_are_per_user() throws Exception {
        post("billing@stmary", "key-1", CLAIM);
        Answer otherUser = post("billing2@stmary", "key-1", CLAIM);

        assertThat(otherUser.status).isEqualTo(201);
        assertThat(otherUser.headers).doesNotContainKey(IdempotencyKeyFilter.REPLAYED);
        assertThat(filings).hasValue(2);
    }

    @Test
    void a_key_that_is_empty_too_long_or_not_printable_ascii_is_400_naming_the_header() throws Exception {
        Answer empty = post("billing@stmary", " ", CLAIM);
        Answer tooLong = post("billing@stmary", "k".repeat(256), CLAIM);
        Answer notAscii = post("billing@stmary", "schlüssel", CLAIM);
        Answer longest = post("billing@stmary", "k".repeat(255), CLAIM);

        assertThat(empty.status).isEqualTo(400);
        assertThat(tooLong.status).isEqualTo(400);
        assertThat(tooLong.body()).contains("Idempotency-Key").contains("256 characters").contains("at most 255");
        assertThat(notAscii.status).isEqualTo(400);
        assertThat(notAscii.body()).contains("printable ASCII");
        assertThat(longest.status).isEqualTo(201);
        assertThat(filings).hasValue(1);
    }

    @Test
    void a_request_that_failed_on_the_server_keeps_no_answer_and_runs_again() throws Exception {
        FilingChain failing = (request, response) -> response.setStatus(500);

        post("billing@stmary", "key-1", "/api/claims", CLAIM, failing);
        Answer retried = post("billing@stmary", "key-1", CLAIM);

        assertThat(retried.status).isEqualTo(201);
        assertThat(retried.headers).doesNotContainKey(IdempotencyKeyFilter.REPLAYED);
        assertThat(filings).hasValue(1);
    }

    @Test
    void a_key_is_kept_24_hours_then_it_is_purged_and_the_request_runs_again() throws Exception {
        post("billing@stmary", "key-1", CLAIM);
        clock.advance(Duration.ofHours(23));
        assertThat(post("billing@stmary", "key-1", CLAIM).headers).containsEntry(IdempotencyKeyFilter.REPLAYED, "true");

        clock.advance(Duration.ofHours(2));
        Answer later = post("billing@stmary", "key-1", CLAIM);

        assertThat(later.headers).doesNotContainKey(IdempotencyKeyFilter.REPLAYED);
        assertThat(filings).hasValue(2);
        assertThat(keys.purgeExpired(clock.instant().plus(Duration.ofHours(25)))).isEqualTo(1);
    }

    @Test
    void a_get_is_never_held_back() throws Exception {
        Answer answer = new Answer();
        filter.doFilter(request("GET", "billing@stmary", "key-1", "/api/claims", ""), answer.response(), files);
        filter.doFilter(request("GET", "billing@stmary", "key-1", "/api/claims", ""), answer.response(), files);

        assertThat(filings).hasValue(2);
    }

    // ---- fakes (no mocking library here) ------------------------------------------------------

    private static HttpServletRequest request(String method, String user, String key, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        jakarta.servlet.ServletInputStream stream = new jakarta.servlet.ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(jakarta.servlet.ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        java.util.Map<String, Object> attributes = new java.util.HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(IdempotencyKeyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getQueryString" -> null;
                    case "getUserPrincipal" -> (Principal) () -> user;
                    case "getHeader" -> IdempotencyKeyHeader.NAME.equals(args[0]) ? key : null;
                    case "getContentLengthLong" -> (long) bytes.length;
                    case "getCharacterEncoding" -> "UTF-8";
                    case "getInputStream" -> stream;
                    case "toString" -> method + " " + path;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    /** A response that records its status, headers and body, written as bytes or characters. */
    private static final class Answer {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final StringWriter chars = new StringWriter();

        HttpServletResponse response() {
            PrintWriter writer = new PrintWriter(chars, true);
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(IdempotencyKeyFilterTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, called, args) -> {
                        switch (called.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "getStatus" -> {
                                return status;
                            }
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getHeader" -> {
                                return headers.get((String) args[0]);
                            }
                            case "setContentType" -> contentType = (String) args[0];
                            case "getContentType" -> {
                                return contentType;
                            }
                            case "setCharacterEncoding" -> { }
                            case "getCharacterEncoding" -> {
                                return "UTF-8";
                            }
                            case "getWriter" -> {
                                return writer;
                            }
                            case "getOutputStream" -> {
                                return out;
                            }
                            case "toString" -> {
                                return "response";
                            }
                            default -> throw new UnsupportedOperationException(called.getName());
                        }
                        return null;
                    });
        }

        String body() {
            return bytes.toString(StandardCharsets.UTF_8) + chars;
        }
    }
}
