package net.claimsnet.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.security.UserAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The node's users, for its administrators: list (with lock-outs), add, disable, enable, reset a
 * password, unlock. A new or reset password is made by the node and answered once (never stored or
 * logged in clear, and marked not to be cached); every action is in the audit log.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Node users", description = "The node's users, their roles and lock-outs, for its administrators")
@SecurityRequirement(name = "basic")
@RolesAllowed(DeskRole.NODE_ADMIN_NAME)
@AuditedAdminReads
public class UserAdminResource {

    /** A user as listed: no password hash. */
    public record UserView(String username, String displayName, Set<String> roles, boolean enabled, boolean locked,
                           Instant lockedUntil, Instant createdAt) {
    }

    public record UserList(List<String> rolesOfThisNode, List<UserView> users) {
    }

    /** A user to add: the node makes the password. */
    public record NewUser(String username, String displayName, Set<String> roles) {
    }

    @Inject
    private NodeUsers nodeUsers;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "The node's users, their roles, whether enabled and whether locked out after failed logins")
    public UserList users() {
        UserAdministration admin = nodeUsers.administration();
        return new UserList(admin.rolesOfThisNode().stream().map(Enum::name).toList(), admin.users().stream()
                .map(row -> new UserView(row.profile().username(), row.profile().displayName(), row.profile().roles(),
                        row.profile().enabled(), row.locked(), row.lockedUntil(), row.profile().createdAt()))
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a user with roles of this node's kind; answers the password the node made for it, once")
    public Response add(NewUser user) {
        if (user == null) {
            return error(400, null, "Send the user as JSON: {\"username\":\"billing2@stmary\",\"displayName\":\"...\",\"roles\":[\"BILLING\"]}");
        }
        return act(() -> issued(201, nodeUsers.administration().add(administrator(), user.username(), user.displayName(),
                user.roles())));
    }

    @POST
    @Path("{username}/reset-password")
    @Operation(summary = "Give the user a new password made by the node (answered once) and lift any lock-out")
    public Response resetPassword(@PathParam("username") String username) {
        return act(() -> issued(200, nodeUsers.administration().resetPassword(administrator(), username)));
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "The user can no longer log in (an administrator cannot disable themselves)")
    public Response disable(@PathParam("username") String username) {
        return act(() -> {
            nodeUsers.administration().disable(administrator(), username);
            return Response.ok(Map.of("username", username, "enabled", false)).build();
        });
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "The user can log in again")
    public Response enable(@PathParam("username") String username) {
        return act(() -> {
            nodeUsers.administration().enable(administrator(), username);
            return Response.ok(Map.of("username", username, "enabled", true)).build();
        });
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Lift a lock-out after repeated failed logins at once")
    public Response unlock(@PathParam("username") String username) {
        return act(() -> {
            nodeUsers.administration().unlock(administrator(), username);
            return Response.ok(Map.of("username", username, "locked", false)).build();
        });
    }

    private String administrator() {
        return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }

    private static Response issued(int status, UserAdministration.IssuedPassword issued) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).cacheControl(noStore)
                .entity(Map.of("username", issued.username(), "password", issued.password(),
                        "note", "Hand this password to the user; the node keeps only its hash and cannot show it again"))
                .build();
    }

    private static Response act(Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserAdministration.Refused refused) {
            return error(refused.status(), refused.field(), refused.getMessage());
        }
    }

    private static Response error(int status, String field, String message) {
        ApiError error = field == null ? ApiError.of(status, status == 404 ? "not-found" : "invalid-request", message)
                : new ApiError(status, status == 404 ? "not-found" : status == 409 ? "conflict" : "invalid-request",
                message, field, null, null);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
