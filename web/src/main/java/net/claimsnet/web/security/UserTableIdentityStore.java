package net.claimsnet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a user name and password against the node's users table: an unknown, disabled or wrong
 * user is one answer (invalid), and an unknown user costs a hash check too, so timing does not tell
 * which names exist. A login that passed the full check is recognised for a few minutes at the cost
 * of an HMAC ({@link RecentLogins}). Valid users get their roles as groups (mapped 1:1 to roles in payara-web.xml).
 * A user name with repeated failures is locked out for a while ({@link LoginLockout}): refused before
 * any hash is computed, and recorded as such. A hash made with fewer iterations than today's is made
 * again from the password at the user's next full login.
 */
@ApplicationScoped
public class UserTableIdentityStore implements IdentityStore {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(UserTableIdentityStore.class.getName());

    /** Checked against when the user is unknown, to spend the same time as a real check. */
    private static final String NO_SUCH_USER = "PBKDF2WithHmacSHA256:" + Pbkdf2Passwords.DEFAULT_ITERATIONS
            + ":AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    /** How long a login that passed the full check is taken on a cheaper proof (see RecentLogins). */
    static final Duration RECENT_LOGIN_LIFETIME = Duration.ofMinutes(5);
    private static final int RECENT_LOGIN_CAPACITY = 10_000;

    private UserAccounts users;
    private Pbkdf2Passwords passwords;
    private RecentLogins recentLogins;
    private LoginAudit logins;
    private LoginLockout lockout;

    protected UserTableIdentityStore() {
        // for CDI's proxy
    }

    @Inject
    public UserTableIdentityStore(UserAccounts users, LoginAudit logins, LoginLockout lockout) {
        this(users, new Pbkdf2Passwords(), logins, lockout);
    }

    UserTableIdentityStore(UserAccounts users, Pbkdf2Passwords passwords, LoginAudit logins, LoginLockout lockout) {
        this(users, passwords, new RecentLogins(RECENT_LOGIN_LIFETIME, RECENT_LOGIN_CAPACITY, Clock.systemUTC()), logins,
                lockout);
    }

    UserTableIdentityStore(UserAccounts users, Pbkdf2Passwords passwords, RecentLogins recentLogins, LoginAudit logins,
                           LoginLockout lockout) {
        this.users = users;
        this.passwords = passwords;
        this.recentLogins = recentLogins;
        this.logins = logins;
        this.lockout = lockout;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        UsernamePasswordCredential login = (UsernamePasswordCredential) credential;
        char[] password = login.getPassword().getValue();
        if (lockout.lockedUntil(login.getCaller()).isPresent()) {
            recordFailure(login.getCaller(), "locked out after repeated failures");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> user = users.find(login.getCaller());
        String storedHash = user.map(UserAccount::passwordHash).orElse(NO_SUCH_USER);
        boolean recent = user.isPresent() && recentLogins.recentlyVerified(user.get().username(), password, storedHash);
        boolean matches = recent || passwords.verify(password, storedHash);
        if (user.isEmpty() || !user.get().enabled() || !matches) {
            // Recorded whatever the audit log says: the caller is refused either way.
            String why = user.isEmpty() ? "unknown user" : !user.get().enabled() ? "disabled" : "wrong password";
            recordFailure(login.getCaller(), lockout.failed(login.getCaller()) ? why + "; now locked out" : why);
            return CredentialValidationResult.INVALID_RESULT;
        }
        lockout.succeeded(user.get().username());
        if (!recent) {
            try {
                logins.succeeded(user.get().username());
            } catch (RuntimeException e) {
                LOG.warning(() -> "A login was refused because it could not be recorded: " + e.getMessage());
                return CredentialValidationResult.INVALID_RESULT;
            }
        }
        if (!recent && passwords.isWeakerThanCurrent(storedHash)) {
            storedHash = strengthened(user.get().username(), password, storedHash);
        }
        recentLogins.verified(user.get().username(), password, storedHash);
        return new CredentialValidationResult(user.get().username(), user.get().roles());
    }

    /** The password hashed again with today's work, stored; the old hash if it cannot be stored now. */
    private String strengthened(String username, char[] password, String oldHash) {
        String stronger = passwords.hash(password);
        try {
            users.changePassword(username, stronger);
            return stronger;
        } catch (RuntimeException e) {
            LOG.warning(() -> "A password hash could not be strengthened (tried again at the next login): " + e.getMessage());
            return oldHash;
        }
    }

    private void recordFailure(String caller, String why) {
        try {
            logins.failed(caller, why);
        } catch (RuntimeException e) {
            LOG.warning(() -> "A failed login could not be recorded: " + e.getMessage());
        }
    }
}
