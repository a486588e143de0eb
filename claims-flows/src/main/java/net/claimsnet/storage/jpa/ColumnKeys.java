package net.claimsnet.storage.jpa;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The two secret keys a node protects its database columns with: a 256-bit AES key that encrypts
 * values ({@link ColumnEncryption}) and a 256-bit HMAC-SHA256 key that turns look-up identifiers
 * into keyed hashes ({@link LookupKeyHash}). Two keys, not one, so that neither use can help attack
 * the other. A node keeps them in its PKCS12 key store; tests make them in memory.
 */
public record ColumnKeys(SecretKey dataKey, SecretKey lookupKey) {

    public static final String DATA_KEY_ALGORITHM = "AES";
    public static final String LOOKUP_KEY_ALGORITHM = "HmacSHA256";
    static final int KEY_BITS = 256;

    public ColumnKeys {
        Objects.requireNonNull(dataKey, "dataKey");
        Objects.requireNonNull(lookupKey, "lookupKey");
        if (dataKey.getEncoded() == null || dataKey.getEncoded().length != KEY_BITS / 8) {
            throw new IllegalArgumentException("The column data key must be a " + KEY_BITS + "-bit AES key");
        }
    }

    /** Fresh random keys, from the JDK's strong SecureRandom. */
    public static ColumnKeys generate() {
        try {
            KeyGenerator aes = KeyGenerator.getInstance(DATA_KEY_ALGORITHM);
            aes.init(KEY_BITS);
            KeyGenerator hmac = KeyGenerator.getInstance(LOOKUP_KEY_ALGORITHM);
            hmac.init(KEY_BITS);
            return new ColumnKeys(aes.generateKey(), hmac.generateKey());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES or HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Never the keys themselves. */
    @Override
    public String toString() {
        return "ColumnKeys[AES-256, HmacSHA256]";
    }
}
