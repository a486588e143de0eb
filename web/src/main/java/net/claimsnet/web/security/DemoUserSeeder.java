package net.claimsnet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import net.claimsnet.storage.jpa.server.DatabaseSchema;
import net.claimsnet.node.config.NodeConfiguration;

import java.util.List;
import java.util.logging.Logger;

/**
 * On a node's first start (no user yet) adds the demo users for its role, unless
 * {@value DemoUsers#ENABLED_PROPERTY} is false. Logs the user names it added, never a password.
 */
@ApplicationScoped
public class DemoUserSeeder {

    private static final Logger LOG = Logger.getLogger(DemoUserSeeder.class.getName());

    @EJB
    private DatabaseSchema schema;

    @Inject
    private UserAccounts users;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if ("false".equalsIgnoreCase(System.getProperty(DemoUsers.ENABLED_PROPERTY, "true"))) {
            return;
        }
        if (System.getProperty(NodeConfiguration.PATH_PROPERTY) == null) {
            LOG.info("No node configuration: no demo users");
            return;
        }
        schema.version(); // the users table exists once the schema is migrated
        NodeConfiguration node = NodeConfiguration.fromSystemProperty();
        seed(users, new Pbkdf2Passwords(), node.id(), node.role().name());
    }

    /** Adds the node's demo users if it has no user at all; returns the names added. */
    static List<String> seed(UserAccounts users, Pbkdf2Passwords passwords, String nodeId, String role) {
        if (!users.isEmpty()) {
            return List.of();
        }
        List<DemoUsers.DemoUser> demo = DemoUsers.forNode(nodeId, role);
        for (DemoUsers.DemoUser user : demo) {
            users.add(user.username(), "Demo " + user.username(), passwords.hash(user.password().toCharArray()), user.roles());
        }
        List<String> names = demo.stream().map(DemoUsers.DemoUser::username).toList();
        LOG.info(() -> "First start: added the demo users " + names + " (passwords in the README)");
        return names;
    }
}
