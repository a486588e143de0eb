package net.claimsnet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import net.claimsnet.storage.jpa.server.DatabaseSchema;
import net.claimsnet.node.config.NodeConfiguration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
        seed(users, new Pbkdf2Passwords(), node.id(), node.role().name(), generatedPasswords());
    }

    /**
     * The passwords ./network up generated (DemoUsers.PASSWORDS_FILE under the network's directory), or
     * empty when the node was started otherwise (then the README's public ones are used).
     */
    static Optional<Properties> generatedPasswords() {
        String networkDir = System.getProperty("claimsnet.network.dir");
        if (networkDir == null) {
            return Optional.empty();
        }
        Path file = Path.of(networkDir).resolve(DemoUsers.PASSWORDS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties passwords = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            passwords.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo users' passwords in " + file + ": " + e.getMessage(), e);
        }
        return Optional.of(passwords);
    }

    /**
     * Adds the node's demo users if it has no user at all, with the generated passwords when there are
     * some, else the README's; returns the names added.
     */
    static List<String> seed(UserAccounts users, Pbkdf2Passwords passwords, String nodeId, String role,
                             Optional<Properties> generated) {
        if (!users.isEmpty()) {
            return List.of();
        }
        List<DemoUsers.DemoUser> demo = generated.map(given -> DemoUsers.withPasswords(DemoUsers.forNode(nodeId, role), given))
                .orElseGet(() -> DemoUsers.forNode(nodeId, role));
        for (DemoUsers.DemoUser user : demo) {
            users.add(user.username(), "Demo " + user.username(), passwords.hash(user.password().toCharArray()), user.roles());
        }
        List<String> names = demo.stream().map(DemoUsers.DemoUser::username).toList();
        LOG.info(() -> "First start: added the demo users " + names + (generated.isPresent()
                ? " (passwords in the network's " + DemoUsers.PASSWORDS_FILE + ")" : " (the README's public passwords)"));
        return names;
    }
}
