package net.claimsnet.web.security;

import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.node.desk.DeskRole;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a node administrator does with the node's users (REST {@code /api/admin/users} and the desk's
 * Users screen): list them with their lock state, add one, disable and enable, reset a password, lift a
 * lock-out. A new or reset password is made here, from {@link SecureRandom}, shown to the administrator
 * once and stored only as a PBKDF2 hash; nobody chooses a weak one. Roles are those of the node's kind
 * (a provider's users bill, an insurer's adjust, the regulator's audit; every node has administrators).
 * Every action, allowed or refused, is recorded in the audit log under the administrator's name.
 */
public final class UserAdministration {

    /** Records one administrative action on a user (the node's audit log on a server). */
    @FunctionalInterface
    public interface Audit {
        void record(String administrator, String action, String username, String outcome, String detail);
    }

    /** A user with its lock-out, for the list. */
    public record UserRow(UserProfile profile, Instant lockedUntil) implements Serializable {
        public boolean locked() {
            return lockedUntil != null;
        }
    }

    /** A password made for a user, to be handed over once. */
    public record IssuedPassword(String username, String password) {
        @Override
        public String toString() {
            return "IssuedPassword(" + username + ")";
        }
    }

    /** Why an action was refused, with the HTTP status it maps to and the input it is about. */
    public static final class Refused extends RuntimeException {
        private final int status;
        private final String field;

        Refused(int status, String field, String message) {
            super(message);
            this.status = status;
            this.field = field;
        }

        public int status() {
            return status;
        }

        public String field() {
            return field;
        }
    }

    static final String ALLOWED = ClaimAuditTrail.ALLOWED;
    static final String REFUSED = ClaimAuditTrail.REFUSED;
    /** The longest user name recorded as given (the users table holds 100 characters). */
    private static final int RECORDED_NAME_MAX = 100;
    /** user@node, as the demo users are named: lower case letters, digits, '.', '_', '-'. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,40}@[a-z0-9-]{1,40}");
    private static final int DISPLAY_NAME_MAX = 200;
    /** No 0/O, 1/l/I: read aloud or copied by hand without mistakes. 20 of 55 symbols: about 115 bits. */
    private static final String PASSWORD_SYMBOLS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final UserAccounts users;
    private final Pbkdf2Passwords passwords;
    private final LoginLockout lockout;
    private final Audit audit;
    private final NodeRole nodeRole;
    private final SecureRandom random = new SecureRandom();

    public UserAdministration(UserAccounts users, Pbkdf2Passwords passwords, LoginLockout lockout, Audit audit,
                              NodeRole nodeRole) {
        this.users = Objects.requireNonNull(users, "users");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.nodeRole = Objects.requireNonNull(nodeRole, "nodeRole");
    }

    /** The roles a user of this node may have. */
    public Set<DeskRole> rolesOfThisNode() {
        Set<DeskRole> roles = EnumSet.of(DeskRole.NODE_ADMIN);
        switch (nodeRole) {
            case PROVIDER -> roles.add(DeskRole.BILLING);
            case INSURER -> roles.add(DeskRole.ADJUSTER);
            case AUDITOR -> roles.add(DeskRole.AUDITOR);
            default -> { }
        }
        return roles;
    }

    public List<UserRow> users() {
        return users.all().stream().map(u -> new UserRow(u, lockout.lockedUntil(u.username()).orElse(null))).toList();
    }

    /** Adds a user with a password made for it; refused for a taken or malformed name or a role of another node kind. */
    public IssuedPassword add(String administrator, String username, String displayName, Set<String> roles) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw refused(administrator, "ADD_USER", name, 400, "username",
                    "A user name is name@node in lower case letters, digits, '.', '_' or '-' (e.g. billing2@stmary)");
        }
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > DISPLAY_NAME_MAX) {
            throw refused(administrator, "ADD_USER", name, 400, "displayName",
                    "Give the person's name (1 to " + DISPLAY_NAME_MAX + " characters)");
        }
        Set<String> granted = checkedRoles(administrator, name, roles);
        if (users.find(name).isPresent()) {
            throw refused(administrator, "ADD_USER", name, 409, "username", "There is already a user " + name);
        }
        String password = newPassword();
        users.add(name, display, passwords.hash(password.toCharArray()), granted);
        audit.record(administrator, "ADD_USER", name, ALLOWED, "roles " + granted);
        return new IssuedPassword(name, password);
    }

    /** Gives the user a new password made here and lifts any lock-out; the old password stops working. */
    public IssuedPassword resetPassword(String administrator, String username) {
        String password = newPassword();
        if (!users.changePassword(username, passwords.hash(password.toCharArray()))) {
            throw unknown(administrator, "RESET_PASSWORD", username);
        }
        lockout.unlock(username);
        audit.record(administrator, "RESET_PASSWORD", username, ALLOWED, null);
        return new IssuedPassword(username, password);
    }

    public void disable(String administrator, String username) {
        if (Objects.equals(administrator, username)) {
            throw refused(administrator, "DISABLE_USER", username, 409, "username",
                    "You cannot disable your own account: ask another administrator");
        }
        if (!users.setEnabled(username, false)) {
            throw unknown(administrator, "DISABLE_USER", username);
        }
        audit.record(administrator, "DISABLE_USER", username, ALLOWED, null);
    }

    public void enable(String administrator, String username) {
        if (!users.setEnabled(username, true)) {
            throw unknown(administrator, "ENABLE_USER", username);
        }
        audit.record(administrator, "ENABLE_USER", username, ALLOWED, null);
    }

    public void unlock(String administrator, String username) {
        if (users.find(username).isEmpty()) {
            throw unknown(administrator, "UNLOCK_USER", username);
        }
        lockout.unlock(username);
        audit.record(administrator, "UNLOCK_USER", username, ALLOWED, null);
    }

    private Set<String> checkedRoles(String administrator, String username, Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw refused(administrator, "ADD_USER", username, 400, "roles", "Give the user at least one role of "
                    + rolesOfThisNode());
        }
        Set<String> granted = new LinkedHashSet<>();
        for (String role : roles) {
            boolean known = rolesOfThisNode().stream().anyMatch(r -> r.name().equals(role));
            if (!known) {
                throw refused(administrator, "ADD_USER", username, 400, "roles", "A " + nodeRole.name().toLowerCase(Locale.ROOT)
                        + " node's users have the roles " + rolesOfThisNode() + ", not " + role);
            }
            granted.add(role);
        }
        return granted;
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_SYMBOLS.charAt(random.nextInt(PASSWORD_SYMBOLS.length())));
        }
        return password.toString();
    }

    private Refused unknown(String administrator, String action, String username) {
        return refused(administrator, action, username, 404, "username", "There is no user " + username + " on this node");
    }

    private Refused refused(String administrator, String action, String username, int status, String field, String message) {
        String recorded = username == null || username.length() <= RECORDED_NAME_MAX ? username
                : username.substring(0, RECORDED_NAME_MAX) + "…";
        audit.record(administrator, action, recorded, REFUSED, message);
        return new Refused(status, field, message);
    }
}
