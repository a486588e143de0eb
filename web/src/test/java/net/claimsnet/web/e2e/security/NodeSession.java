package net.claimsnet.web.e2e.security;

import net.claimsnet.web.NetworkTrust;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session with one node over its HTTPS listener, as a browser has one: its own cookies, redirects not followed
 * (the suite looks at each answer), and a login through the login form as a browser sends it (the
 * page's Faces view state, then the form's fields).
 */
final class NodeSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI root;
    private final HttpClient http;

    NodeSession(URI root) {
        this.root = root;
        this.http = NetworkTrust.runningNetwork().client().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fills in and sends the desk's login form; the node's answer, which {@link #letIn} reads. */
    HttpResponse<String> logIn(String username, String password) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(root.resolve("login.xhtml")).timeout(EndpointRequests.TIMEOUT).GET());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (form.statusCode() != 200 || !viewState.find()) {
            throw new AssertionError(root + "login.xhtml: expected the login form, got " + form.statusCode());
        }
        String fields = field("login", "login") + "&" + field("login:username", username) + "&"
                + field("login:password", password) + "&" + field("login:submit", "") + "&"
                + field("jakarta.faces.ViewState", viewState.group(1));
        return send(HttpRequest.newBuilder(root.resolve("login.xhtml")).timeout(EndpointRequests.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
    }

    /**
     * Whether the login form let the user in: the node then sends the browser to the desk's home page
     * (a refused login gets the form again, with a message).
     */
    static boolean letIn(HttpResponse<String> loginAnswer) {
        return loginAnswer.statusCode() == 302 && loginAnswer.headers().firstValue("Location").orElse("").endsWith("/index.xhtml");
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer from " + root + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
