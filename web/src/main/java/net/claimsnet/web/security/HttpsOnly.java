package net.claimsnet.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.web.api.limits.LimitAnswers;

import java.io.IOException;
import java.util.Set;

/**
 * The desk and the machine interfaces answer over HTTPS only (issue 15): passwords, session cookies and
 * claims' PHI must not cross the network in the clear. A request that came in over the node's plain
 * HTTP listener ({@code http.port}) is not served there: a GET or HEAD is sent on with 301 to the same
 * path and query at {@code https://<the host it asked for>:<http.port + 1>}, the node's HTTPS listener;
 * any other method is refused with 403 and a short message naming that URL, its body never read (what
 * was sent in the clear has been seen already; acting on it would teach the client that it works).
 *
 * <p>Not for the P2P endpoint, {@value #P2P_MESSAGES}: it answers for itself, refusing a request that
 * brought no client certificate with 403 {@code PEER_NOT_AUTHENTICATED}, as peers expect. Nor for
 * Payara's health checks, {@value #HEALTH} and below, which Payara adds to the application at the root
 * context: {@code ./network} waits for a node's readiness there, on the plain port.
 *
 * <p>Runs before everything of the application that could read a body or open a session: web.xml
 * declares it, and the container puts the descriptor's filters ahead of the annotated ones. Only the
 * authentication mechanism runs before any filter; {@link NodeAuthentication} checks no password on
 * a plain request and answers a desk page that needs a login as this filter would.
 */
public class HttpsOnly extends HttpFilter {

    /** The P2P endpoint, which refuses plain requests itself. */
    static final String P2P_MESSAGES = "/api/p2p/messages";
    /**
     * Payara's MicroProfile Health endpoints: Payara adds them to the application at the root context, so
     * they pass this filter. They say whether the node is up (no PHI, no login) and {@code ./network}
     * polls them on the plain port of this machine.
     */
    static final String HEALTH = "/health";
    private static final Set<String> READS = Set.of("GET", "HEAD");

    @EJB
    private NodeRuntime runtime;

    /** The node's {@code http.port} when a test gives it; 0: from the running node. */
    private final int httpPort;

    public HttpsOnly() {
        this(0);
    }

    /** For a test: as on a node whose {@code http.port} is this. */
    HttpsOnly(int httpPort) {
        this.httpPort = httpPort;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!mustMoveToHttps(request)) {
            chain.doFilter(request, response);
            return;
        }
        moveToHttps(request, response, httpPort > 0 ? httpPort + 1 : httpsPort(runtime, request));
    }

    /** Whether the request came over plain HTTP and is neither for the P2P endpoint nor a health check. */
    static boolean mustMoveToHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return false;
        }
        String path = NodeAuthentication.pathOf(request);
        return !P2P_MESSAGES.equals(path) && !HEALTH.equals(path) && !path.startsWith(HEALTH + "/");
    }

    /**
     * The node's HTTPS port, {@code http.port + 1} from its configuration; while the node is not running
     * (its configuration is read as it starts), the port the request came to + 1, which is the same on a
     * node's plain listener.
     */
    static int httpsPort(NodeRuntime runtime, HttpServletRequest request) {
        if (runtime != null && runtime.isRunning()) {
            return runtime.configuration().httpPort() + 1;
        }
        return request.getLocalPort() + 1;
    }

    /** 301 to the same URL over HTTPS for a read; 403 naming that URL for anything else, its body unread. */
    static void moveToHttps(HttpServletRequest request, HttpServletResponse response, int httpsPort) throws IOException {
        String secure = secureUrl(request, httpsPort);
        if (READS.contains(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", secure);
            return;
        }
        // The body stays unread: the connection ends with this answer rather than being drained for the next request.
        response.setHeader("Connection", "close");
        LimitAnswers.refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "https-required",
                "This node takes " + request.getMethod() + " over HTTPS only: send it to " + secure);
    }

    /** The request's URL with https and the HTTPS port: its host as asked for, its path and query as sent. */
    static String secureUrl(HttpServletRequest request, int httpsPort) {
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String query = request.getQueryString();
        return "https://" + host + ":" + httpsPort + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
