package net.claimsnet.web.api;

import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The desk user behind a request: the authenticated name and the desk roles the container grants it. */
public final class Callers {

    private Callers() {
    }

    public static DeskUser of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return new DeskUser("anonymous", Set.of());
        }
        Set<DeskRole> roles = Arrays.stream(DeskRole.values()).filter(r -> security.isUserInRole(r.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeskRole.class)));
        return new DeskUser(security.getUserPrincipal().getName(), roles);
    }
}
