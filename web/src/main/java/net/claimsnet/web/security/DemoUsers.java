package net.claimsnet.web.security;

import net.claimsnet.node.desk.DeskRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The demo users a fresh node gets (README, "Open the desk"; docs/api.md): one desk user for the node's role and an
 * administrator, named after the node's id (e.g. billing@stmary, admin@stmary). Their passwords are those
 * {@code ./network up} generated into the owner-only {@value #PASSWORDS_FILE} of the network's directory
 * (user=password lines), or, for a node started otherwise (a test domain), the README's public ones. A
 * node that holds real data turns them off ({@value #ENABLED_PROPERTY}=false) and its administrator adds
 * its users on the desk's Users page.
 */
public final class DemoUsers {

    /** The system property that turns seeding off. */
    public static final String ENABLED_PROPERTY = "claimsnet.demo-users";
    /** Where ./network up writes the demo users' generated passwords, under the network's directory. */
    public static final String PASSWORDS_FILE = "secrets/demo-users.properties";

    /** One demo user; the password is the demo one from the README. */
    public record DemoUser(String username, String password, Set<String> roles) {
        @Override
        public String toString() {
            return "DemoUser(" + username + ", " + roles + ")";
        }
    }

    private DemoUsers() {
    }

    /** The demo users of a node with this id and role (provider, insurer, auditor, notary). */
    public static List<DemoUser> forNode(String nodeId, String role) {
        List<DemoUser> users = new ArrayList<>();
        switch (role.toLowerCase(Locale.ROOT)) {
            case "provider":
                users.add(user("billing", nodeId, DeskRole.BILLING));
                break;
            case "insurer":
                users.add(user("adjuster", nodeId, DeskRole.ADJUSTER));
                break;
            case "auditor":
                users.add(user("auditor", nodeId, DeskRole.AUDITOR));
                break;
            default:
                break;
        }
        users.add(user("admin", nodeId, DeskRole.NODE_ADMIN));
        return users;
    }

    /**
     * The same users with the passwords generated for them ({@code user=password}); a user the file does
     * not name is left out rather than given a public password.
     */
    public static List<DemoUser> withPasswords(List<DemoUser> users, Properties generated) {
        List<DemoUser> given = new ArrayList<>();
        for (DemoUser user : users) {
            String password = generated.getProperty(user.username());
            if (password != null && !password.isBlank()) {
                given.add(new DemoUser(user.username(), password.strip(), user.roles()));
            }
        }
        return given;
    }

    private static DemoUser user(String prefix, String nodeId, DeskRole role) {
        return new DemoUser(prefix + "@" + nodeId, prefix + "-demo", Set.of(role.name()));
    }
}
