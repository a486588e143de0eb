package net.claimsnet.web.api.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/**
 * A request and a response for a filter's test, answering only what the filters ask (no mocking library
 * here): anything else, such as reading the body or opening a session, throws.
 */
public final class ServletFakes {

    private ServletFakes() {
    }

    public static HttpServletRequest request(String path, String user, String remoteAddress) {
        return (HttpServletRequest) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getUserPrincipal" -> user == null ? null : (Principal) () -> user;
                    case "getRemoteAddr" -> remoteAddress;
                    case "getHeader" -> null;
                    case "toString" -> "request " + path;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * An anonymous request as it came in over a listener, plain or TLS ({@code secure}), naming the host
     * and port it was sent to, with its method and query (null: none).
     */
    public static HttpServletRequest over(boolean secure, String method, String host, int port, String path, String query) {
        HttpServletRequest plain = request(path, null, "10.0.0.7");
        return (HttpServletRequest) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "isSecure" -> secure;
                    case "getMethod" -> method;
                    case "getServerName" -> host;
                    case "getLocalPort" -> port;
                    case "getQueryString" -> query;
                    default -> called.invoke(plain, args);
                });
    }

    /** A response that records its status, headers and body. */
    public static final class Recorded {
        public int status = 200;
        public final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        public String contentType;

        public HttpServletResponse response() {
            PrintWriter writer = new PrintWriter(body);
            return (HttpServletResponse) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setContentType" -> contentType = (String) args[0];
                            case "setCharacterEncoding" -> { }
                            case "getWriter" -> {
                                return writer;
                            }
                            case "toString" -> {
                                return "response";
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
        }

        public String body() {
            return body.toString();
        }
    }
}
