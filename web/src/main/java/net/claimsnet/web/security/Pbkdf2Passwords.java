package net.claimsnet.web.security;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Salted PBKDF2 password hashes with the JDK's PBKDF2WithHmacSHA256, stored in the format of Jakarta
 * Security's {@code Pbkdf2PasswordHash} ({@code algorithm:iterations:salt:hash}, Base64), so a
 * server-side database identity store could check the same column. The iteration count is stored
 * with each hash: raising it later does not invalidate earlier ones.
 */
public final class Pbkdf2Passwords {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /**
     * Work per hash: OWASP's Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA256 (600,000, since
     * 2023). HTTP Basic sends the password with every request, so a full check is made only at a login
     * and every few minutes after ({@link RecentLogins}), not per request.
     */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final int SALT_BYTES = 32;
    private static final int HASH_BYTES = 32;
    private static final int MIN_ITERATIONS = 1_000;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2Passwords() {
        this(DEFAULT_ITERATIONS);
    }

    public Pbkdf2Passwords(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("At least " + MIN_ITERATIONS + " PBKDF2 iterations; was " + iterations);
        }
        this.iterations = iterations;
    }

    /** A new hash of the password with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; a hash not in the expected format matches nothing. */
    public boolean verify(char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (storedIterations < MIN_ITERATIONS || expected.length == 0) {
                return false;
            }
            byte[] actual = derive(password, salt, storedIterations, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether a stored hash was made with less work than this hasher does (an older, lower count): the
     * identity store hashes the password again at the user's next login.
     */
    public boolean isWeakerThanCurrent(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4) {
            return true;
        }
        try {
            return !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
