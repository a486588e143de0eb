package net.claimsnet.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.assertj.core.api.Assertions.assertThat;

class RecentLoginsTest {

    private final MutableClock clock = new MutableClock();
    private final RecentLogins recent = new RecentLogins(Duration.ofMinutes(5), 2, clock);

    @Test
    void aLoginIsRecognisedOnlyWithTheSamePasswordAgainstTheSameStoredHashWithinTheLifetime() {
        recent.verified("billing@stmary", "billing-demo".toCharArray(), "HASH-1");

        assertThat(recent.recentlyVerified("billing@stmary", "billing-demo".toCharArray(), "HASH-1")).isTrue();
        assertThat(recent.recentlyVerified("billing@stmary", "billing-demo!".toCharArray(), "HASH-1")).isFalse();
        assertThat(recent.recentlyVerified("billing@lakeside", "billing-demo".toCharArray(), "HASH-1")).isFalse();
        assertThat(recent.recentlyVerified("billing@stmary", "billing-demo".toCharArray(), "HASH-2"))
                .as("a changed password ends the shortcut").isFalse();
        assertThat(recent.recentlyVerified("billing@stmary", "billing-demo".toCharArray(), "HASH-1"))
                .as("and the entry is gone").isFalse();
    }

    @Test
    void aLoginExpiresAfterItsLifetime() {
        recent.verified("billing@stmary", "billing-demo".toCharArray(), "HASH-1");

        clock.advance(Duration.ofMinutes(5));

        assertThat(recent.recentlyVerified("billing@stmary", "billing-demo".toCharArray(), "HASH-1")).isFalse();
    }

    @Test
    void whenFullOfLiveLoginsANewOneIsNotKeptButExpiredOnesMakeRoom() {
        recent.verified("a", "pa".toCharArray(), "H");
        recent.verified("b", "pb".toCharArray(), "H");
        recent.verified("c", "pc".toCharArray(), "H");

        assertThat(recent.recentlyVerified("c", "pc".toCharArray(), "H")).isFalse();

        clock.advance(Duration.ofMinutes(6));
        recent.verified("c", "pc".toCharArray(), "H");

        assertThat(recent.recentlyVerified("c", "pc".toCharArray(), "H")).isTrue();
    }

    @Test
    void theIdentityStoreStillRefusesAWrongPasswordADisabledUserAndAChangedPasswordAfterASuccess() {
        Pbkdf2Passwords passwords = new Pbkdf2Passwords(2_000);
        InMemoryUserAccounts users = new InMemoryUserAccounts();
        users.add("billing@stmary", "Billing", passwords.hash("billing-demo".toCharArray()), Set.of("BILLING"));
        UserTableIdentityStore store = new UserTableIdentityStore(users, passwords, recent, new NoLoginAudit(), new LoginLockout());
        UsernamePasswordCredential right = new UsernamePasswordCredential("billing@stmary", "billing-demo");

        assertThat(store.validate(right).getStatus()).isEqualTo(VALID);
        assertThat(store.validate(right).getStatus()).isEqualTo(VALID);
        assertThat(store.validate(new UsernamePasswordCredential("billing@stmary", "guess")).getStatus()).isEqualTo(INVALID);

        String hash = users.users.get("billing@stmary").passwordHash();
        users.users.put("billing@stmary", new UserAccount("billing@stmary", hash, false, Set.of("BILLING")));
        assertThat(store.validate(right).getStatus()).as("disabled").isEqualTo(INVALID);

        users.users.put("billing@stmary", new UserAccount("billing@stmary", passwords.hash("new-secret".toCharArray()),
                true, Set.of("BILLING")));
        assertThat(store.validate(right).getStatus()).as("old password after a change").isEqualTo(INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("billing@stmary", "new-secret")).getStatus()).isEqualTo(VALID);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
