package net.claimsnet.web.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logins that passed the full PBKDF2 check a short while ago. HTTP Basic sends the password with
 * every request, and a PBKDF2 check costs tens of milliseconds of CPU by design: without this, a
 * client's every call pays it and the API's throughput is bounded by password hashing.
 *
 * <p>What is kept per user is an HMAC of the password under a key made at random when the server
 * starts (never the password, never written anywhere), and the stored hash it was checked against,
 * so a password change or reset ends the shortcut at once. Entries expire after {@code lifetime}.
 */
final class RecentLogins {

    private static final String HMAC = "HmacSHA256";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration lifetime;
    private final int capacity;
    private final Clock clock;

    RecentLogins(Duration lifetime, int capacity, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.lifetime = lifetime;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Whether this user logged in with this password against this stored hash within the lifetime. */
    boolean recentlyVerified(String username, char[] password, String storedHash) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (!clock.instant().isBefore(entry.expiresAt) || !entry.storedHash.equals(storedHash)) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.passwordMac, mac(username, password));
    }

    /** Records a login that passed the full check. */
    void verified(String username, char[] password, String storedHash) {
        if (entries.size() >= capacity) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt));
            if (entries.size() >= capacity) {
                return; // full of live logins: those users simply pay the full check
            }
        }
        entries.put(username, new Entry(mac(username, password), storedHash, clock.instant().plus(lifetime)));
    }

    private byte[] mac(String username, char[] password) {
        ByteBuffer passwordBytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(passwordBytes);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            if (passwordBytes.hasArray()) {
                Arrays.fill(passwordBytes.array(), (byte) 0);
            }
        }
    }

    private record Entry(byte[] passwordMac, String storedHash, Instant expiresAt) {
    }
}
