package net.claimsnet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The desk user of this request, as the pages ask about it ({@code #{currentUser.billing}}) and as the desk
 * services take it. Asked of the servlet request, which answers from the caller the container holds:
 * Soteria's {@code SecurityContext.getCallerPrincipal} probes for JBoss and WebLogic classes on every
 * call, failing class loads under the web application's class-loader lock, and with a page asking
 * several times those loads serialised every desk request (./bench desk: most of a page's time was
 * spent waiting for that lock).
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    private DeskUser user;

    /** Who the desk services act for: the logged-in name and the desk roles the container grants it. */
    public DeskUser deskUser() {
        if (user == null) {
            Principal principal = request.getUserPrincipal();
            Set<DeskRole> roles = Arrays.stream(DeskRole.values()).filter(r -> request.isUserInRole(r.name()))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeskRole.class)));
            user = new DeskUser(principal == null ? "anonymous" : principal.getName(), roles);
        }
        return user;
    }

    public String getName() {
        return deskUser().name();
    }

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public boolean isBilling() {
        return deskUser().has(DeskRole.BILLING);
    }

    public boolean isAdjuster() {
        return deskUser().has(DeskRole.ADJUSTER);
    }

    public boolean isAuditor() {
        return deskUser().has(DeskRole.AUDITOR);
    }

    public boolean isNodeAdmin() {
        return deskUser().has(DeskRole.NODE_ADMIN);
    }

    /** Whether the user may read claims at all (node administrators may not). */
    public boolean isClaimReader() {
        return isBilling() || isAdjuster() || isAuditor();
    }

    /** The user's roles in words, for the header. */
    public String getRoleNames() {
        return deskUser().roles().stream().map(DeskPages::roleLabel).sorted().collect(Collectors.joining(", "));
    }
}
