package net.claimsnet.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutTest {

    private final UserTableIdentityStoreTest.ManualTime clock = new UserTableIdentityStoreTest.ManualTime();
    private final LoginLockout lockout = new LoginLockout(3, Duration.ofMinutes(15), clock);

    @Test
    void the_third_failure_in_a_row_locks_the_name_for_fifteen_minutes() {
        assertThat(lockout.failed("billing@stmary")).isFalse();
        assertThat(lockout.failed("billing@stmary")).isFalse();
        assertThat(lockout.failed("billing@stmary")).isTrue();

        assertThat(lockout.lockedUntil("billing@stmary")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(lockout.lockedUntil("adjuster@acme")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(lockout.lockedUntil("billing@stmary")).isEmpty();
    }

    @Test
    void failures_further_apart_than_the_lock_do_not_add_up() {
        lockout.failed("billing@stmary");
        lockout.failed("billing@stmary");
        clock.advance(Duration.ofMinutes(16));

        assertThat(lockout.failed("billing@stmary")).isFalse();
        assertThat(lockout.lockedUntil("billing@stmary")).isEmpty();
    }

    @Test
    void a_failure_while_locked_does_not_lengthen_or_lift_the_lock() {
        lockout.failed("billing@stmary");
        lockout.failed("billing@stmary");
        lockout.failed("billing@stmary");
        var until = lockout.lockedUntil("billing@stmary").orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        assertThat(lockout.failed("billing@stmary")).isFalse();
        assertThat(lockout.lockedUntil("billing@stmary")).contains(until);
    }

    @Test
    void an_administrator_unlocks_at_once() {
        lockout.failed("billing@stmary");
        lockout.failed("billing@stmary");
        lockout.failed("billing@stmary");

        lockout.unlock("billing@stmary");

        assertThat(lockout.lockedUntil("billing@stmary")).isEmpty();
        assertThat(lockout.failed("billing@stmary")).isFalse();
    }
}
