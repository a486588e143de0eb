package net.claimsnet.web.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * A method the desk's servlets do not know (PATCH, or any made-up one) is 405 with the methods they take,
 * not the servlet default's 501 "not implemented", a server error (the fuzz run found it on /desk). The
 * JSON API, FHIR and X12 answer such methods with 405 themselves (JAX-RS) and are left to it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class KnownMethodsFilter extends HttpFilter {

    /** What HttpServlet dispatches; anything else it answers 501. */
    static final Set<String> SERVLET_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE");
    private static final Set<String> JAX_RS_PREFIXES = Set.of("/api/", "/fhir/", "/x12/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SERVLET_METHODS.contains(request.getMethod()) || isJaxRs(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD, POST");
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("The desk takes GET and POST, not " + request.getMethod() + "\n");
    }

    private static boolean isJaxRs(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return JAX_RS_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
