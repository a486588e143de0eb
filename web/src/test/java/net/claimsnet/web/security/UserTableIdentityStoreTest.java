package net.claimsnet.web.security;

import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.NOT_VALIDATED;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.assertj.core.api.Assertions.assertThat;

class UserTableIdentityStoreTest {

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords(2_000);
    private final InMemoryUserAccounts users = new InMemoryUserAccounts();
    /** What the store recorded, as "user outcome why". */
    private final java.util.List<String> recorded = new java.util.ArrayList<>();
    private final LoginAudit logins = new LoginAudit() {
        @Override
        public void succeeded(String user) {
            recorded.add(user + " ALLOWED");
        }

        @Override
        public void failed(String user, String why) {
            recorded.add(user + " DENIED " + why);
        }
    };
    private final ManualTime clock = new ManualTime();
    private final LoginLockout lockout = new LoginLockout(3, Duration.ofMinutes(15), clock);
    private final UserTableIdentityStore store = new UserTableIdentityStore(users, passwords, logins, lockout);

    UserTableIdentityStoreTest() {
        users.add("billing@stmary", "Billing", passwords.hash("billing-demo".toCharArray()), Set.of("BILLING"));
        users.users.put("gone@stmary", new UserAccount("gone@stmary", passwords.hash("pw".toCharArray()), false, Set.of("BILLING")));
    }

    @Test
    void theRightPasswordLogsInWithTheUsersRolesAsGroups() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo"));

        assertThat(result.getStatus()).isEqualTo(VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("billing@stmary");
        assertThat(result.getCallerGroups()).containsExactly("BILLING");
    }

    @Test
    void aWrongPasswordAnUnknownUserAndADisabledOneAreRejected() {
        assertThat(store.validate(new UsernamePasswordCredential("billing@stmary", "adjuster-demo")).getStatus()).isEqualTo(INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("nobody@stmary", "billing-demo")).getStatus()).isEqualTo(INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("gone@stmary", "pw")).getStatus()).isEqualTo(INVALID);
    }

    @Test
    void everyFailedLoginIsRecordedWithWhyAndAPasswordCheckThatPassedOnce() {
        store.validate(new UsernamePasswordCredential("billing@stmary", "adjuster-demo"));
        store.validate(new UsernamePasswordCredential("nobody@stmary", "billing-demo"));
        store.validate(new UsernamePasswordCredential("gone@stmary", "pw"));
        store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo"));
        // The same login again within minutes passes the cheap check: the log has it already.
        store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo"));

        assertThat(recorded).containsExactly("billing@stmary DENIED wrong password", "nobody@stmary DENIED unknown user",
                "gone@stmary DENIED disabled", "billing@stmary ALLOWED");
    }

    @Test
    void aLoginThatCannotBeRecordedIsRefused() {
        UserTableIdentityStore unrecorded = new UserTableIdentityStore(users, passwords, new LoginAudit() {
            @Override
            public void succeeded(String user) {
                throw new IllegalStateException("The audit log is not open");
            }

            @Override
            public void failed(String user, String why) {
                throw new IllegalStateException("The audit log is not open");
            }
        }, lockout);

        assertThat(unrecorded.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo")).getStatus())
                .isEqualTo(INVALID);
        assertThat(unrecorded.validate(new UsernamePasswordCredential("billing@stmary", "wrong")).getStatus()).isEqualTo(INVALID);
    }

    @Test
    void repeatedFailuresLockTheNameOutEvenForTheRightPasswordUntilTheLockRunsOut() {
        store.validate(new UsernamePasswordCredential("billing@stmary", "guess-1"));
        store.validate(new UsernamePasswordCredential("billing@stmary", "guess-2"));
        store.validate(new UsernamePasswordCredential("billing@stmary", "guess-3"));

        assertThat(store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo")).getStatus()).isEqualTo(INVALID);
        assertThat(recorded).containsExactly("billing@stmary DENIED wrong password", "billing@stmary DENIED wrong password",
                "billing@stmary DENIED wrong password; now locked out", "billing@stmary DENIED locked out after repeated failures");

        clock.advance(Duration.ofMinutes(16));
        assertThat(store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo")).getStatus()).isEqualTo(VALID);
    }

    @Test
    void failuresBelowTheLimitAreForgottenAtTheNextSuccessfulLogin() {
        store.validate(new UsernamePasswordCredential("billing@stmary", "guess-1"));
        store.validate(new UsernamePasswordCredential("billing@stmary", "guess-2"));
        store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo"));
        store.validate(new UsernamePasswordCredential("billing@stmary", "guess-3"));
        store.validate(new UsernamePasswordCredential("billing@stmary", "guess-4"));

        assertThat(lockout.lockedUntil("billing@stmary")).isEmpty();
        assertThat(store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo")).getStatus()).isEqualTo(VALID);
    }

    @Test
    void aHashMadeWithLessWorkThanTodaysIsMadeAgainAtTheNextLogin() {
        users.add("old@stmary", "Old", new Pbkdf2Passwords(1_000).hash("old-secret".toCharArray()), Set.of("BILLING"));

        assertThat(store.validate(new UsernamePasswordCredential("old@stmary", "old-secret")).getStatus()).isEqualTo(VALID);

        String stored = users.find("old@stmary").orElseThrow().passwordHash();
        assertThat(stored).startsWith("PBKDF2WithHmacSHA256:2000:");
        assertThat(passwords.verify("old-secret".toCharArray(), stored)).isTrue();
        assertThat(passwords.isWeakerThanCurrent(stored)).isFalse();
    }

    @Test
    void aHashAsStrongAsTodaysIsLeftAsItIs() {
        String before = users.find("billing@stmary").orElseThrow().passwordHash();

        store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo"));

        assertThat(users.find("billing@stmary").orElseThrow().passwordHash()).isEqualTo(before);
    }

    @Test
    void httpBasicCredentialsAreCheckedLikeAnyOther() {
        String header = java.util.Base64.getEncoder().encodeToString("billing@stmary:billing-demo".getBytes());

        assertThat(store.validate(new BasicAuthenticationCredential(header)).getStatus()).isEqualTo(VALID);
    }

    @Test
    void aCredentialOfAnotherKindIsLeftToOtherStores() {
        Credential token = new Credential() { };

        assertThat(store.validate(token).getStatus()).isEqualTo(NOT_VALIDATED);
    }

    /** A clock the test moves. */
    static final class ManualTime extends Clock {
        private Instant now = Instant.parse("2026-12-05T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
