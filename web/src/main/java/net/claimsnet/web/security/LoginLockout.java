package net.claimsnet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.ledger.LeastRecentlyUsed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Locks a user name out after repeated failed logins: {@value #DEFAULT_FAILURES} failures in a row,
 * each within {@link #DEFAULT_LOCK} of the one before, lock the name for that long; while locked even
 * the right password is refused, without spending a password hash on it. A successful login clears
 * the count; a node administrator can unlock a user at once. Temporary rather than permanent, so that
 * someone who knows a clerk's user name cannot shut the clerk out for good.
 *
 * <p>Kept in the node's memory (a restart unlocks everyone, which only the operator can cause) and
 * bounded: a stream of invented user names pushes out the oldest, not the node's memory.
 */
@ApplicationScoped
public class LoginLockout {

    static final int DEFAULT_FAILURES = 5;
    static final Duration DEFAULT_LOCK = Duration.ofMinutes(15);
    private static final int NAMES_KEPT = 10_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final int failuresAllowed;
    private final Duration lock;
    private final Clock clock;
    private final Map<String, Failures> failures = LeastRecentlyUsed.map(NAMES_KEPT);

    public LoginLockout() {
        this(DEFAULT_FAILURES, DEFAULT_LOCK, Clock.systemUTC());
    }

    LoginLockout(int failuresAllowed, Duration lock, Clock clock) {
        this.failuresAllowed = failuresAllowed;
        this.lock = lock;
        this.clock = clock;
    }

    /** Until when the user name is locked out, if it is now. */
    public synchronized Optional<Instant> lockedUntil(String username) {
        Failures known = failures.get(username);
        Instant now = clock.instant();
        return known == null || known.lockedUntil() == null || !known.lockedUntil().isAfter(now)
                ? Optional.empty() : Optional.of(known.lockedUntil());
    }

    /** Counts a failed login; answers whether this one locked the name. */
    public synchronized boolean failed(String username) {
        Instant now = clock.instant();
        Failures known = failures.get(username);
        if (known != null && known.lockedUntil() != null && known.lockedUntil().isAfter(now)) {
            return false; // already locked: the lock runs from when it began
        }
        boolean continues = known != null && known.last().plus(lock).isAfter(now);
        int count = continues ? known.count() + 1 : 1;
        boolean locks = count >= failuresAllowed;
        failures.put(username, new Failures(locks ? 0 : count, now, locks ? now.plus(lock) : null));
        return locks;
    }

    /** A successful login: the count starts again. */
    public synchronized void succeeded(String username) {
        failures.remove(username);
    }

    /** An administrator lifts the lock (and the count) at once. */
    public synchronized void unlock(String username) {
        failures.remove(username);
    }
}
