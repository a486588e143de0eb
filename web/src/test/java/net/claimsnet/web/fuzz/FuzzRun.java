package net.claimsnet.web.fuzz;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the {@link MalformedRequests} of a seed to a running node and counts what must never happen:
 * an answer with status 5xx, a request not answered in full within {@value #ANSWER_WITHIN_MILLIS} ms
 * (hung), a connection dropped without an answer, and a change of the node's state, read before and
 * after through the API (the GET answers of {@link #DEFAULT_FINGERPRINT}: flow and outbox counts, the
 * notary's commit log, the coverages and claims the user sees). Prints
 * {@code fuzz: requests=N 5xx=0 hung=0 changed=0}.
 *
 * <p>By hand, over the node's HTTPS listener (http.port + 1), trusting the network's TLS root:
 * {@code java -Djavax.net.ssl.trustStore=.network/tls/truststore.p12
 * -Djavax.net.ssl.trustStorePassword="$(cat .network/secrets/truststore-password)" -cp web/target/test-classes
 * net.claimsnet.web.fuzz.FuzzRun https://127.0.0.1:8181 admin@notary:admin-demo [count] [seed]}. Use a node whose user cannot change anything with the
 * bodies of the API's examples (the CI run uses the IT notary's administrator): a mutation that leaves a
 * body valid is sent as it is.
 */
public final class FuzzRun {

    public static final int DEFAULT_COUNT = 10_000;
    public static final long DEFAULT_SEED = 15;
    static final long ANSWER_WITHIN_MILLIS = 2_000;
    /**
     * The most bytes of request line and headers Payara's HTTP listener reads (its
     * {@code header-buffer-length-bytes}, 8,192 by default, as nginx and Tomcat); a longer head is
     * refused with 400 and the connection closed.
     */
    static final int SERVER_HEAD_LIMIT_BYTES = 8_192;
    /**
     * What must read the same after the run. Not the running-flow and outbox counters of
     * {@code /api/admin/flows}: every request the run makes is audited, and every thousand audit rows
     * (or minute) the node sends its signed audit head to the auditor, a flow the run rightly causes.
     */
    public static final List<String> DEFAULT_FINGERPRINT = List.of("/api/admin/flows/failed",
            "/api/admin/notary/commit-log", "/api/coverages", "/api/claims", "/health/ready");
    private static final int EXAMPLES_KEPT = 20;

    private final URI base;
    private final String user;
    private final String password;
    private final List<String> fingerprintPaths;
    private final HttpClient client;

    /** A run against the node at {@code base} (its HTTPS listener), trusting what {@code tls} trusts (null: the JVM's default). */
    public FuzzRun(URI base, SSLContext tls, String user, String password, List<String> fingerprintPaths) {
        this.base = Objects.requireNonNull(base, "base");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.fingerprintPaths = List.copyOf(fingerprintPaths);
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        this.client = (tls == null ? client : client.sslContext(tls)).build();
    }

    /** What a run found; {@link #line()} is the figure CI looks for. */
    public record Figures(int requests, int serverErrors, int hung, int dropped, int retried, int headsRefusedMidBody, int changed,
                          Map<String, Integer> statuses, List<String> examples, Duration took) {

        public String line() {
            return String.format(Locale.ROOT, "fuzz: requests=%d 5xx=%d hung=%d changed=%d", requests, serverErrors, hung, changed);
        }

        public String details() {
            return String.format(Locale.ROOT, "fuzz: %d dropped connections (%d sent again after one, %d over-long heads refused while"
                            + " their body was still going out), %.1f s, statuses %s%s",
                    dropped, retried, headsRefusedMidBody, took.toMillis() / 1000.0, statuses, examples.isEmpty() ? "" : "\nfuzz: failures:\n  " + String.join("\n  ", examples));
        }
    }

    /** Sends {@code count} requests of the seed, {@code concurrency} at a time, after an untimed warm-up. */
    public Figures run(int count, long seed, int concurrency) throws InterruptedException {
        MalformedRequests requests = new MalformedRequests(seed);
        Map<String, String> before = fingerprint();
        for (FuzzRequest warm : requests.warmUp()) {
            sendUntimed(warm);
        }
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger hung = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger headsRefusedMidBody = new AtomicInteger();
        Map<String, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        List<String> examples = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        for (int worker = 0; worker < concurrency; worker++) {
            senders.execute(() -> {
                for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                    FuzzRequest request = requests.request(index);
                    String outcome = send(request);
                    if (outcome.startsWith("dropped")) {
                        // A keep-alive connection the server closed (after its answer to an earlier request) as this
                        // one went out on it: the JDK client retries no POST, a browser would. Dropped twice counts.
                        retried.incrementAndGet();
                        outcome = send(request);
                    }
                    if (outcome.startsWith("dropped") && isHeadOverLimitWithBody(request)) {
                        String headAlone = send(request.withoutBody());
                        if (headAlone.startsWith("4")) {
                            headsRefusedMidBody.incrementAndGet();
                            outcome = headAlone;
                        }
                    }
                    statuses.merge(outcome.length() == 3 ? outcome.charAt(0) + "xx" : outcome, 1, Integer::sum);
                    AtomicInteger counter = outcome.startsWith("5") ? serverErrors : outcome.equals("hung") ? hung
                            : outcome.length() == 3 ? null : dropped;
                    if (counter != null) {
                        counter.incrementAndGet();
                        if (examples.size() < EXAMPLES_KEPT) {
                            examples.add("#" + index + " " + request + " -> " + outcome);
                        }
                    }
                }
            });
        }
        senders.shutdown();
        if (!senders.awaitTermination(count * ANSWER_WITHIN_MILLIS + 60_000, TimeUnit.MILLISECONDS)) {
            senders.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Map<String, String> after = fingerprint();
        int changed = 0;
        for (String path : fingerprintPaths) {
            if (!Objects.equals(before.get(path), after.get(path))) {
                changed++;
                examples.add("state of " + path + " changed: " + before.get(path) + " -> " + after.get(path));
            }
        }
        return new Figures(count, serverErrors.get(), hung.get(), dropped.get(), retried.get(), headsRefusedMidBody.get(), changed,
                new TreeMap<>(statuses), List.copyOf(examples), took);
    }

    /**
     * Whether a drop may be the server refusing the request's head alone: over its limit, the listener
     * answers 400 and closes the connection at once, while the client is still sending the body. The
     * unread body then makes the server's kernel reset the connection, which can destroy the answer
     * before the client reads it (RFC 9112, section 9.6; Grizzly does no lingering close). The same head
     * without its body must then be refused with a 4xx: anything else still counts as dropped.
     */
    static boolean isHeadOverLimitWithBody(FuzzRequest request) {
        return request.body() != null && request.pathAndQuery().length() > SERVER_HEAD_LIMIT_BYTES;
    }

    /** The request's status as three digits, "hung" without a whole answer in time, or the exception that ended it. */
    String send(FuzzRequest request) {
        CompletableFuture<HttpResponse<byte[]>> answer;
        try {
            answer = client.sendAsync(build(request), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IllegalArgumentException e) {
            return "unsendable:" + e.getMessage();
        }
        try {
            return Integer.toString(answer.get(ANSWER_WITHIN_MILLIS, TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return "hung";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof java.net.http.HttpTimeoutException ? "hung"
                    : "dropped:" + cause.getClass().getSimpleName() + " " + cause.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void sendUntimed(FuzzRequest request) throws InterruptedException {
        try {
            client.send(build(request, Duration.ofSeconds(60)), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // A warm-up only: the timed run counts failures.
        }
    }

    private HttpRequest build(FuzzRequest request) {
        return build(request, Duration.ofMillis(ANSWER_WITHIN_MILLIS));
    }

    private HttpRequest build(FuzzRequest request, Duration timeout) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.pathAndQuery())).timeout(timeout)
                .method(request.method(), body);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        switch (request.credentials()) {
            case USER -> builder.header("Authorization", basic(user, password));
            // Another name than the run's user: five wrong passwords in a row lock a name out (LoginLockout),
            // and the run's user must go on reading the node's state.
            case WRONG_PASSWORD -> builder.header("Authorization", basic("guesser-" + user, password + "-wrong"));
            default -> { }
        }
        return builder.build();
    }

    /** The node's state as the run's user reads it: each fingerprint path's status and body. */
    public Map<String, String> fingerprint() throws InterruptedException {
        Map<String, String> state = new TreeMap<>();
        for (String path : fingerprintPaths) {
            HttpRequest read = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", basic(user, password)).header("Accept", "application/json").GET().build();
            try {
                HttpResponse<String> answer = client.send(read, HttpResponse.BodyHandlers.ofString());
                state.put(path, answer.statusCode() + " " + answer.body());
            } catch (IOException e) {
                state.put(path, "unreadable: " + e);
            }
        }
        return state;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code FuzzRun <base URL> <user:password> [count] [seed]}: prints the figures; exit status 1 when any is not zero. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2 || !args[1].contains(":")) {
            System.err.println("usage: FuzzRun <base URL, e.g. https://127.0.0.1:8181> <user:password> [count] [seed]");
            System.exit(2);
        }
        int colon = args[1].indexOf(':');
        FuzzRun run = new FuzzRun(URI.create(args[0]), null, args[1].substring(0, colon), args[1].substring(colon + 1), DEFAULT_FINGERPRINT);
        Figures figures = run.run(args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_COUNT,
                args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED, 2);
        System.out.println(figures.line());
        System.out.println(figures.details());
        boolean clean = figures.serverErrors() == 0 && figures.hung() == 0 && figures.changed() == 0 && figures.dropped() == 0;
        System.exit(clean ? 0 : 1);
    }
}
