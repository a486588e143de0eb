package net.claimsnet.web.api.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/** A request and a response for a filter's test, answering only what the filters ask (no mocking library here). */
final class ServletFakes {

    private ServletFakes() {
    }

    static HttpServletRequest request(String path, String user, String remoteAddress) {
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

    /** A response that records its status, headers and body. */
    static final class Recorded {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        String contentType;

        HttpServletResponse response() {
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

        String body() {
            return body.toString();
        }
    }
}
