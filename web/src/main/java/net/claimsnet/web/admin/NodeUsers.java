package net.claimsnet.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.web.api.NodeUnavailableException;
import net.claimsnet.web.security.LoginLockout;
import net.claimsnet.web.security.Pbkdf2Passwords;
import net.claimsnet.web.security.UserAccounts;
import net.claimsnet.web.security.UserAdministration;

/**
 * The node's user administration as the REST API and the desk's Users screen share it: over the users
 * table, the login lock-outs and the node's audit log, for the kind of node this is.
 */
@ApplicationScoped
public class NodeUsers {

    @EJB
    private NodeRuntime runtime;

    @Inject
    private UserAccounts users;

    @Inject
    private LoginLockout lockout;

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords();

    /** The administration of this node's users; refused (503) while the node is not running. */
    public UserAdministration administration() {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException(runtime.failure().orElse("The node is not running"));
        }
        return new UserAdministration(users, passwords, lockout,
                (administrator, action, username, outcome, detail) ->
                        runtime.auditLog().record(administrator, action, NodeAuditLog.USER, username, outcome, detail),
                runtime.configuration().role());
    }
}
