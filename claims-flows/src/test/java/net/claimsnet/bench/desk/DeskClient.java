package net.claimsnet.bench.desk;

import net.claimsnet.bench.network.NetworkNode;
import net.claimsnet.bench.network.Preflight.NotReady;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One desk session as a browser holds it: logged in through the login form (the page read, its
 * fields posted back with the view state), then every request with the session's JSESSIONID cookie,
 * which the node renews at login. Redirects are not followed: a desk page that sends the session to
 * the login page has lost its login, and the benchmark says so.
 */
final class DeskClient {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * A page's answer and how long it took: {@code nanos} from sending the request to the last byte of
     * the body, {@code serverNanos} the node's own time over it (its Server-Timing header; -1 without one).
     */
    record Page(String path, int status, String location, String body, long nanos, long serverNanos) {

        boolean sentToLogin() {
            return (status == 302 || status == 303) && location != null && location.contains(LOGIN_PAGE);
        }
    }

    private final HttpClient http;
    private final NetworkNode user;
    private volatile String sessionId;

    DeskClient(HttpClient http, NetworkNode user) {
        this.http = http;
        this.user = user;
    }

    NetworkNode user() {
        return user;
    }

    /** Logs in through the login form; says in words why not. */
    void login() throws NotReady, IOException, InterruptedException {
        Page loginPage = get(LOGIN_PAGE);
        if (loginPage.status() != 200) {
            throw new NotReady(user.describe() + " answered HTTP " + loginPage.status() + " for " + LOGIN_PAGE
                    + (loginPage.status() == 404 ? ": it has no desk yet (deploy a build with the desk)" : ""));
        }
        LoginForm form;
        try {
            form = LoginForm.parse(loginPage.body(), uri(LOGIN_PAGE));
        } catch (IllegalArgumentException unreadable) {
            throw new NotReady(unreadable.getMessage());
        }
        HttpResponse<String> answer = http.send(withSession(HttpRequest.newBuilder(form.action()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.body(user.user(), user.password()), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        keepSession(answer);
        String location = answer.headers().firstValue("Location").orElse("");
        boolean redirected = answer.statusCode() == 302 || answer.statusCode() == 303;
        if (!redirected || location.contains(LOGIN_PAGE)) {
            throw new NotReady(user.describe() + " did not log " + user.user() + " in through its login form (HTTP "
                    + answer.statusCode() + (redirected ? " to " + location : ", the login page again")
                    + "): a wrong password? the demo users are added on a node's first start; give another with -Dbench.password."
                    + user.user().substring(0, user.user().indexOf('@')) + "=...");
        }
        if (sessionId == null) {
            throw new NotReady(user.describe() + " logged " + user.user() + " in but set no JSESSIONID cookie");
        }
    }

    /** Reads a desk page (path with its query) in this session. */
    Page get(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(withSession(HttpRequest.newBuilder(uri(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - start;
        keepSession(answer);
        return new Page(path, answer.statusCode(), answer.headers().firstValue("Location").orElse(null), answer.body(), nanos,
                answer.headers().firstValue("Server-Timing").map(DeskClient::serverNanos).orElse(-1L));
    }

    /** The duration of {@code page;dur=12.3} (milliseconds) in nanoseconds, -1 when there is none. */
    static long serverNanos(String serverTiming) {
        for (String parameter : serverTiming.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.startsWith("dur=")) {
                try {
                    return Math.round(Double.parseDouble(trimmed.substring(4)) * 1e6);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private URI uri(String path) {
        return user.uri(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpRequest.Builder withSession(HttpRequest.Builder request) {
        request.timeout(TIMEOUT).header("Accept", "text/html,application/xhtml+xml");
        String id = sessionId;
        return id == null ? request : request.header("Cookie", "JSESSIONID=" + id);
    }

    private void keepSession(HttpResponse<?> answer) {
        sessionIdIn(answer.headers().allValues("Set-Cookie")).ifPresent(id -> sessionId = id);
    }

    /** The JSESSIONID a response sets ("JSESSIONID=abc; Path=/; HttpOnly" gives abc). */
    static Optional<String> sessionIdIn(List<String> setCookies) {
        for (String cookie : setCookies) {
            String pair = cookie.split(";", 2)[0].trim();
            if (pair.startsWith("JSESSIONID=")) {
                return Optional.of(pair.substring("JSESSIONID=".length()));
            }
        }
        return Optional.empty();
    }
}
