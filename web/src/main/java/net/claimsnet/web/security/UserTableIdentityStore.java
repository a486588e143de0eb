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
 */
@ApplicationScoped
public class UserTableIdentityStore implements IdentityStore {

    /** Checked against when the user is unknown, to spend the same time as a real check. */
    private static final String NO_SUCH_USER = "PBKDF2WithHmacSHA256:" + Pbkdf2Passwords.DEFAULT_ITERATIONS
            + ":AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    /** How long a login that passed the full check is taken on a cheaper proof (see RecentLogins). */
    static final Duration RECENT_LOGIN_LIFETIME = Duration.ofMinutes(5);
    private static final int RECENT_LOGIN_CAPACITY = 10_000;

    private UserAccounts users;
    private Pbkdf2Passwords passwords;
    private RecentLogins recentLogins;

    protected UserTableIdentityStore() {
        // for CDI's proxy
    }

    @Inject
    public UserTableIdentityStore(UserAccounts users) {
        this(users, new Pbkdf2Passwords());
    }

    UserTableIdentityStore(UserAccounts users, Pbkdf2Passwords passwords) {
        this(users, passwords, new RecentLogins(RECENT_LOGIN_LIFETIME, RECENT_LOGIN_CAPACITY, Clock.systemUTC()));
    }

    UserTableIdentityStore(UserAccounts users, Pbkdf2Passwords passwords, RecentLogins recentLogins) {
        this.users = users;
        this.passwords = passwords;
        this.recentLogins = recentLogins;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        UsernamePasswordCredential login = (UsernamePasswordCredential) credential;
        char[] password = login.getPassword().getValue();
        Optional<UserAccount> user = users.find(login.getCaller());
        String storedHash = user.map(UserAccount::passwordHash).orElse(NO_SUCH_USER);
        boolean matches = user.isPresent() && recentLogins.recentlyVerified(user.get().username(), password, storedHash)
                || passwords.verify(password, storedHash);
        if (user.isEmpty() || !user.get().enabled() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        recentLogins.verified(user.get().username(), password, storedHash);
        return new CredentialValidationResult(user.get().username(), user.get().roles());
    }
}
