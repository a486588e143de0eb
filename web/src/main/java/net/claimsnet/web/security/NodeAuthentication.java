package net.claimsnet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import net.claimsnet.node.server.NodeRuntime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The node's one authentication mechanism (Payara 6 allows one per application), dispatched by path:
 * the machine interfaces ({@code /api}, {@code /fhir}, {@code /x12}) take HTTP Basic on every request;
 * the claims desk takes a form login once and keeps the caller in its HTTP session until logout or the
 * session's timeout. Both check the same users table ({@link UserTableIdentityStore}).
 *
 * <p>A desk page that needs a login sends the browser to the login page (a Faces AJAX request gets a
 * partial-response redirect, which the page follows, instead of the login page's HTML); a successful
 * login gets a new session id, so an id planted before the login is worth nothing after it.
 *
 * <p>A request over the plain HTTP listener is not authenticated at all: no password is checked and no
 * session read where the password or the cookie crossed the network in the clear. {@link HttpsOnly}
 * answers it (a redirect to HTTPS, or 403); a desk page that needs a login, which the container would
 * refuse before any filter ran, gets that same answer here. The P2P endpoint is the exception, as
 * there: it takes no login and refuses plain requests itself.
 */
@ApplicationScoped
public class NodeAuthentication implements HttpAuthenticationMechanism {

    /** Where the desk's login form is; public, like its style sheets and scripts. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** The session attribute holding the desk caller after a form login. */
    static final String DESK_CALLER = NodeAuthentication.class.getName() + ".caller";

    private IdentityStoreHandler identityStores;

    @EJB
    private NodeRuntime runtime;

    protected NodeAuthentication() {
        // for CDI's proxy
    }

    @Inject
    public NodeAuthentication(IdentityStoreHandler identityStores) {
        this.identityStores = identityStores;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (HttpsOnly.mustMoveToHttps(request)) {
            return context.isProtected() ? toHttps(request, response) : context.doNothing();
        }
        if (MachineInterfaces.includes(pathOf(request))) {
            return basic(request, response, context);
        }
        return desk(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(DESK_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus toHttps(HttpServletRequest request, HttpServletResponse response) {
        try {
            HttpsOnly.moveToHttps(request, response, HttpsOnly.httpsPort(runtime, request));
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    // ---- HTTP Basic for /api, /fhir, /x12 -------------------------------------------------------

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = BasicCredentials.from(request.getHeader("Authorization"));
        if (credential.isEmpty()) {
            // No login: a resource that needs one answers 401 with the Basic challenge itself (RolesAllowedFeature).
            return context.isProtected() ? challenge(request, response, context) : context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(request, response, context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + ApiSecurity.REALM + "\"");
        if (pathOf(request).startsWith("/fhir")) {
            // FHIR clients read an OperationOutcome, not the server's HTML error page.
            try {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/fhir+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(FHIR_UNAUTHORIZED);
                response.flushBuffer();
            } catch (IOException e) {
                return context.responseUnauthorized();
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.responseUnauthorized();
    }

    /** A wrong login at /fhir, as an OperationOutcome. */
    static final String FHIR_UNAUTHORIZED = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
            + "\"code\":\"login\",\"diagnostics\":\"Log in with HTTP Basic authentication as a user of this node\"}]}";

    // ---- form login for the desk ----------------------------------------------------------------

    private AuthenticationStatus desk(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(DESK_CALLER,
                    new DeskCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        DeskCaller caller = session == null ? null : (DeskCaller) session.getAttribute(DESK_CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath();
        return uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
    }

    /** The caller a desk session holds: serializable, so a session survives a redeploy or a passivation. */
    record DeskCaller(String name, java.util.Set<String> groups) implements java.io.Serializable {

        DeskCaller {
            groups = java.util.Set.copyOf(groups);
        }
    }

    /** A Basic {@code Authorization} header's user and password; none for a missing or malformed header. */
    static final class BasicCredentials {

        private BasicCredentials() {
        }

        static Optional<UsernamePasswordCredential> from(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }
    }
}
