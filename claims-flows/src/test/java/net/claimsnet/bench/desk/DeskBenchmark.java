package net.claimsnet.bench.desk;

import net.claimsnet.bench.desk.DeskClient.Page;
import net.claimsnet.bench.network.BenchStatistics;
import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.MemberEnrollment;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkNode;
import net.claimsnet.bench.network.Preflight;
import net.claimsnet.bench.network.Preflight.NotReady;
import net.claimsnet.bench.network.TlsRoot;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code ./bench desk}: the claims desk's page times under concurrent users of the running network
 * (./network up). St. Mary Hospital is first made to hold at least {@code bench.desk.claims} claims
 * (filed over the REST API by billing@stmary; Acme's administrator first enrols the members they use).
 * Then {@code bench.desk.sessions} desk sessions log in through the login form, as a browser does:
 * every other one billing@stmary, reading the claims list (/billing/claims.xhtml) and a claim
 * (/claims/claim.xhtml?id=…, one of the node's claims at random) in turn; the others adjuster@acme,
 * reading the work queue (/adjuster/queue.xhtml). Each session requests one page after the other. After
 * a warm-up, the requests of {@code bench.desk.seconds} (or the first {@code bench.desk.requests}) are
 * timed in server time, the node's own time over the page as its {@code Server-Timing} header gives it
 * (the measure: this client shares the machine's cores with the nodes); prints one line per page
 * kind, {@code desk-page-client-ms p50=… p95=…} as this client saw them (sent to last byte read), and
 * {@code desk-page-ms p50=… p95=…} in server time over all of them. A page that is not 200 fails the run
 * and is named.
 *
 * <p>Options ({@code -Dname=value}): {@code bench.desk.claims} (10000), {@code bench.desk.sessions} (20),
 * {@code bench.desk.seconds} timed (60), {@code bench.desk.warmup} seconds (10), {@code bench.desk.requests}
 * timed at most (0: no limit), {@code bench.desk.filing} claims filed at a time (16), {@code bench.desk.members}
 * the filed claims spread over (64), {@code nodes.config} (config/nodes), {@code tls.root} the certificate
 * the nodes' HTTPS listeners are trusted by (.network/tls/root.pem),
 * {@code bench.password.billing|adjuster|admin} (the demo passwords).
 */
public final class DeskBenchmark {

    /** The claim pages pick among this many of the node's claims. */
    private static final int CLAIM_IDS = 100;

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (arg.startsWith("-D") && arg.contains("=")) {
                System.setProperty(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        long claims = Long.getLong("bench.desk.claims", 10_000);
        int sessions = positive("bench.desk.sessions", 20);
        int seconds = positive("bench.desk.seconds", 60);
        int warmup = Integer.getInteger("bench.desk.warmup", 10);
        long requestLimit = Long.getLong("bench.desk.requests", 0);
        int filing = positive("bench.desk.filing", 16);
        int members = positive("bench.desk.members", 64);

        SSLContext tls = TlsRoot.configured();
        ClaimsApi api = new ClaimsApi(tls);
        List<NetworkNode> nodes = NetworkNode.all(Path.of(System.getProperty("nodes.config", "config/nodes")));
        NetworkNode stmary = NetworkNode.byId(nodes, "stmary").as("billing");
        NetworkNode acme = NetworkNode.byId(nodes, "acme");
        Preflight preflight = new Preflight(api);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        DeskBenchmark bench;
        try {
            preflight.checkHealth(nodes);
            // Before filing for many minutes: the pages must exist (one login per role; desk sessions
            // end after 15 idle minutes, so the timed ones log in after the filing).
            checkPages(logIn(http, 2, stmary, acme.as("adjuster")), List.of(), List.of(DeskPage.CLAIMS_LIST, DeskPage.WORK_QUEUE));
            if (preflight.claimsHeld(stmary) < claims) {
                NetworkClaims generator = new NetworkClaims(members, Long.toString(System.currentTimeMillis() / 1000, 36),
                        LocalDate.now());
                MemberEnrollment.Result enrolled = new MemberEnrollment(api).enroll(acme.as("admin"), generator);
                System.out.printf(Locale.ROOT, "members at %s: %s%n", acme.organisation(), enrolled);
                new ClaimFiling(api, preflight, generator, NetworkClaims.Provider.ST_MARY, stmary, filing).fillTo(claims);
            } else {
                System.out.printf(Locale.ROOT, "claims at %s: at least %d%n", stmary.organisation(), claims);
            }
            List<String> claimIds = claimIds(api, stmary);
            List<Session> desk = logIn(http, sessions, stmary, acme.as("adjuster"));
            checkPages(desk, claimIds, List.of(DeskPage.values()));
            bench = new DeskBenchmark(desk, claimIds);
        } catch (NotReady notReady) {
            System.err.println(notReady.getMessage());
            System.exit(2);
            return;
        }

        System.out.printf(Locale.ROOT, "desk: %d sessions, %d s warm-up, then %d s%s%n", sessions, warmup, seconds,
                requestLimit > 0 ? " or " + requestLimit + " requests" : "");
        double measured = bench.run(warmup, seconds, requestLimit);
        System.exit(bench.report(measured) ? 0 : 1);
    }

    /** A logged-in desk session and the pages it reads, in turn. */
    private record Session(DeskClient client, List<DeskPage> pages) {
    }

    private final List<Session> sessions;
    private final List<String> claimIds;
    /** Each page kind's server times (Server-Timing), the goal's measure. */
    private final Map<DeskPage, ConcurrentLinkedQueue<Long>> times = new EnumMap<>(DeskPage.class);
    /** The same requests' times as this client saw them (network, queueing on this machine's two cores). */
    private final ConcurrentLinkedQueue<Long> clientTimes = new ConcurrentLinkedQueue<>();
    private final LongAdder untimedByServer = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final LongAdder failed = new LongAdder();
    private final AtomicLong timed = new AtomicLong();
    private volatile boolean measuring;
    private volatile boolean stopped;

    private DeskBenchmark(List<Session> sessions, List<String> claimIds) {
        this.sessions = sessions;
        this.claimIds = claimIds;
        for (DeskPage page : DeskPage.values()) {
            times.put(page, new ConcurrentLinkedQueue<>());
        }
    }

    /** Some of the node's claims, for the claim pages (GET /api/claims as billing staff). */
    private static List<String> claimIds(ClaimsApi api, NetworkNode billing) throws NotReady, InterruptedException {
        Answer answer;
        try {
            answer = api.get(billing, "api/claims?size=" + CLAIM_IDS).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new NotReady(billing.describe() + " does not answer GET /api/claims (" + e.getClass().getSimpleName() + ")");
        }
        List<String> ids = new ArrayList<>();
        if (answer.status() == 200 && Json.at(answer.json(), "claims") instanceof List<?> found) {
            found.forEach(claim -> ids.add(Json.text(claim, "id")));
        }
        if (ids.isEmpty()) {
            throw new NotReady(billing.describe() + " lists no claim for the claim pages: " + answer.excerpt());
        }
        return ids;
    }

    /** Every other session billing staff (claims list and claim page in turn), the others an adjuster (work queue). */
    private static List<Session> logIn(HttpClient http, int count, NetworkNode billing, NetworkNode adjuster)
            throws NotReady, IOException, InterruptedException {
        long start = System.nanoTime();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean billingStaff = i % 2 == 0;
            DeskClient client = new DeskClient(http, billingStaff ? billing : adjuster);
            client.login();
            sessions.add(new Session(client, billingStaff ? List.of(DeskPage.CLAIMS_LIST, DeskPage.CLAIM)
                    : List.of(DeskPage.WORK_QUEUE)));
        }
        System.out.printf(Locale.ROOT, "desk: %d sessions logged in through the login form (%d %s, %d %s) in %.1f s%n",
                count, (count + 1) / 2, billing.user(), count / 2, adjuster.user(), (System.nanoTime() - start) / 1e9);
        return sessions;
    }

    /** Each page once, before the clock runs: a page the node does not have fails here, by name. */
    private static void checkPages(List<Session> sessions, List<String> claimIds, List<DeskPage> pages)
            throws NotReady, IOException, InterruptedException {
        for (DeskPage page : pages) {
            Session session = sessions.stream().filter(s -> s.pages().contains(page)).findFirst().orElse(null);
            if (session == null) {
                continue;
            }
            Page answer = session.client().get(page.path(claimIds));
            String problem = problem(answer);
            if (problem != null) {
                throw new NotReady(session.client().user().describe() + ", " + session.client().user().user() + ": "
                        + page.describe() + " " + problem);
            }
        }
    }

    /** What is wrong with a page's answer, in words; null when it is a page (200). */
    private static String problem(Page answer) {
        switch (answer.status()) {
            case 200:
                return null;
            case 404:
                return "answered 404: the node's desk has no such page yet (deploy a build with it)";
            case 403:
                return "answered 403: the user's role may not read it";
            default:
                return answer.sentToLogin() ? "sent the session to the login page: it lost its login"
                        : "answered HTTP " + answer.status();
        }
    }

    /** Runs every session for the warm-up, then for the timed part; answers the seconds timed. */
    private double run(int warmupSeconds, int seconds, long requestLimit) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            Thread thread = new Thread(() -> browse(session, requestLimit), "desk-session-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        TimeUnit.SECONDS.sleep(warmupSeconds);
        long start = System.nanoTime();
        measuring = true;
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && !(requestLimit > 0 && timed.get() >= requestLimit)) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        stopped = true;
        double measured = (System.nanoTime() - start) / 1e9;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(90));
        }
        return measured;
    }

    /** One session's requests, one after the other, its pages in turn. */
    private void browse(Session session, long requestLimit) {
        int turn = 0;
        while (!stopped) {
            DeskPage page = session.pages().get(turn++ % session.pages().size());
            boolean timedRequest = measuring && (requestLimit <= 0 || timed.incrementAndGet() <= requestLimit);
            if (measuring && !timedRequest) {
                return;
            }
            try {
                Page answer = session.client().get(page.path(claimIds));
                String problem = problem(answer);
                if (problem != null) {
                    fail(page, problem);
                } else if (timedRequest) {
                    clientTimes.add(answer.nanos());
                    if (answer.serverNanos() < 0) {
                        untimedByServer.increment();
                    } else {
                        times.get(page).add(answer.serverNanos());
                    }
                }
            } catch (IOException e) {
                fail(page, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void fail(DeskPage page, String problem) {
        failures.computeIfAbsent(page.describe() + " " + problem, p -> new LongAdder()).increment();
        failed.increment();
    }

    /** Prints the figures; answers whether every request got its page. */
    private boolean report(double seconds) {
        List<Long> all = new ArrayList<>();
        for (DeskPage page : DeskPage.values()) {
            List<Long> pageTimes = new ArrayList<>(times.get(page));
            all.addAll(pageTimes);
            if (!pageTimes.isEmpty()) {
                System.out.printf(Locale.ROOT, "desk-%s-ms %s requests=%d%n", page.label, percentiles(pageTimes),
                        pageTimes.size());
            }
        }
        System.out.printf(Locale.ROOT, "desk: %d pages in %.1f s (%.1f pages/s), %d failed%n", clientTimes.size(), seconds,
                clientTimes.size() / seconds, failed.sum());
        failures.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(10)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %6d x %s%n", entry.getValue().sum(), entry.getKey()));
        if (untimedByServer.sum() > 0) {
            System.out.printf(Locale.ROOT, "desk: %d pages came without a Server-Timing header (deploy a build with it)%n",
                    untimedByServer.sum());
        }
        if (all.isEmpty()) {
            System.out.println("desk-page-ms: no page was timed");
            return false;
        }
        System.out.printf(Locale.ROOT, "desk-page-client-ms %s (request sent to last byte read, on this machine)%n",
                percentiles(new ArrayList<>(clientTimes)));
        System.out.printf(Locale.ROOT, "desk-page-ms %s%n", percentiles(all));
        return failed.sum() == 0;
    }

    private static String percentiles(List<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        return String.format(Locale.ROOT, "p50=%d p95=%d", TimeUnit.NANOSECONDS.toMillis(BenchStatistics.percentile(values, 50)),
                TimeUnit.NANOSECONDS.toMillis(BenchStatistics.percentile(values, 95)));
    }

    private static int positive(String name, int absent) {
        int value = Integer.getInteger(name, absent);
        if (value < 1) {
            System.err.println("-D" + name + " must be at least 1; was " + value);
            System.exit(2);
        }
        return value;
    }
}
