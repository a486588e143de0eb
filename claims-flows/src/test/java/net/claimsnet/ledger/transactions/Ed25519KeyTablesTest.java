package net.claimsnet.ledger.transactions;

import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The precomputed verification gives BouncyCastle's answer on every signature, good or bad. */
class Ed25519KeyTablesTest {

    private static final BigInteger L = BigInteger.ONE.shiftLeft(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));
    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));

    private final Random random = new Random(20261124);

    @BeforeAll
    static void serialization() {
        LedgerSerialization.ensureInstalled();
    }

    @Test
    void valid_signatures_pass_and_any_bit_changed_in_signature_message_or_key_fails_as_with_bouncycastle() {
        for (int keyIndex = 0; keyIndex < 40; keyIndex++) {
            byte[] secret = bytes(32);
            byte[] publicKey = new byte[32];
            Ed25519.generatePublicKey(secret, 0, publicKey, 0);
            Ed25519KeyTables tables = Ed25519KeyTables.of(publicKey);
            assertThat(tables).isNotNull();
            for (int m = 0; m < 10; m++) {
                byte[] message = bytes(1 + random.nextInt(300));
                byte[] signature = sign(secret, publicKey, message);
                assertThat(tables.verify(signature, message)).isTrue();
                assertThat(bouncyCastle(signature, publicKey, message)).isTrue();

                byte[] tamperedSignature = flipOneBit(signature);
                assertThat(tables.verify(tamperedSignature, message))
                        .isEqualTo(bouncyCastle(tamperedSignature, publicKey, message)).isFalse();
                byte[] tamperedMessage = flipOneBit(message);
                assertThat(tables.verify(signature, tamperedMessage))
                        .isEqualTo(bouncyCastle(signature, publicKey, tamperedMessage)).isFalse();
                byte[] otherKey = flipOneBit(publicKey);
                Ed25519KeyTables otherTables = Ed25519KeyTables.of(otherKey);
                boolean expected = bouncyCastle(signature, otherKey, message);
                assertThat(expected).isFalse();
                if (otherTables != null) {
                    assertThat(otherTables.verify(signature, message)).isFalse();
                }
            }
        }
    }

    @Test
    void a_scalar_s_not_below_the_group_order_is_refused_as_bouncycastle_refuses_it() {
        byte[] secret = bytes(32);
        byte[] publicKey = new byte[32];
        Ed25519.generatePublicKey(secret, 0, publicKey, 0);
        byte[] message = bytes(64);
        byte[] signature = sign(secret, publicKey, message);
        BigInteger s = littleEndian(Arrays.copyOfRange(signature, 32, 64));
        byte[] malleated = signature.clone();
        System.arraycopy(toLittleEndian32(s.add(L)), 0, malleated, 32, 32);
        assertThat(bouncyCastle(malleated, publicKey, message)).isFalse();
        assertThat(Ed25519KeyTables.of(publicKey).verify(malleated, message)).isFalse();
    }

    @Test
    void random_signatures_get_the_same_answer_from_both() {
        byte[] secret = bytes(32);
        byte[] publicKey = new byte[32];
        Ed25519.generatePublicKey(secret, 0, publicKey, 0);
        Ed25519KeyTables tables = Ed25519KeyTables.of(publicKey);
        for (int i = 0; i < 500; i++) {
            byte[] signature = bytes(64);
            signature[63] &= 0x0F;
            byte[] message = bytes(40);
            assertThat(tables.verify(signature, message)).isEqualTo(bouncyCastle(signature, publicKey, message));
        }
    }

    @Test
    void keys_bouncycastle_cannot_decode_get_no_tables_and_those_it_decodes_do() {
        byte[] yNotBelowP = toLittleEndian32(P.add(BigInteger.ONE)); // y = p + 1 (a non-canonical 1)
        byte[] negativeZero = toLittleEndian32(BigInteger.ONE);        // y = 1 with the sign bit: x = -0
        negativeZero[31] |= (byte) 0x80;
        for (byte[] key : new byte[][]{yNotBelowP, negativeZero}) {
            assertThat(Ed25519.validatePublicKeyPartial(key, 0)).isFalse();
            assertThat(Ed25519KeyTables.of(key)).isNull();
        }
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            byte[] key = bytes(32);
            boolean decodes = Ed25519.validatePublicKeyPartial(key, 0);
            refused += decodes ? 0 : 1;
            assertThat(Ed25519KeyTables.of(key) != null).isEqualTo(decodes);
        }
        assertThat(refused).as("about half of random y have no x on the curve").isBetween(50, 150);
    }

    @Test
    void small_order_keys_are_judged_as_bouncycastle_judges_them() {
        // The identity as a key: [k]A vanishes, so R = [S]B verifies any message (RFC 8032 allows it; so does BouncyCastle).
        byte[] identity = toLittleEndian32(BigInteger.ONE);
        byte[] secret = bytes(32);
        byte[] publicKey = new byte[32];
        Ed25519.generatePublicKey(secret, 0, publicKey, 0);
        byte[] forged = new byte[64];
        System.arraycopy(publicKey, 0, forged, 0, 32);
        System.arraycopy(toLittleEndian32(clampedScalar(secret).mod(L)), 0, forged, 32, 32);
        byte[] message = bytes(20);
        assertThat(bouncyCastle(forged, identity, message)).isTrue();
        assertThat(Ed25519KeyTables.of(identity).verify(forged, message)).isTrue();

        // The point of order two, (0, -1): [k]A depends on k's parity, so the answer varies with the message.
        byte[] orderTwo = toLittleEndian32(P.subtract(BigInteger.ONE));
        Ed25519KeyTables tables = Ed25519KeyTables.of(orderTwo);
        for (int i = 0; i < 50; i++) {
            byte[] any = bytes(20);
            assertThat(tables.verify(forged, any)).isEqualTo(bouncyCastle(forged, orderTwo, any));
        }
    }

    @Test
    void the_key_cache_builds_tables_only_for_a_key_met_twice() {
        Ed25519KeyCache cache = new Ed25519KeyCache();
        byte[] secret = bytes(32);
        byte[] publicKey = new byte[32];
        Ed25519.generatePublicKey(secret, 0, publicKey, 0);
        assertThat(cache.tablesFor(publicKey)).isNull();
        Ed25519KeyTables tables = cache.tablesFor(publicKey);
        assertThat(tables).isNotNull();
        assertThat(cache.tablesFor(publicKey)).isSameAs(tables);
        byte[] message = bytes(10);
        assertThat(tables.verify(sign(secret, publicKey, message), message)).isTrue();
    }

    @Test
    void a_transaction_signature_checked_through_a_key_with_tables_still_fails_when_a_bit_changes() {
        KeyPair key = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        SecureHash id = SecureHash.randomSHA256();
        TransactionSignature signature = new TransactionSigner(key).signatureOver(id);
        for (int i = 0; i < 3; i++) {
            assertThat(Ed25519Signatures.verify(signature, id)).isTrue();
        }
        byte[] bytes = flipOneBit(signature.getBytes());
        assertThat(Ed25519Signatures.verify(new TransactionSignature(bytes, signature.getBy(),
                signature.getSignatureMetadata()), id)).isFalse();
        assertThat(Ed25519Signatures.verify(signature, SecureHash.randomSHA256())).isFalse();
    }

    private static boolean bouncyCastle(byte[] signature, byte[] publicKey, byte[] message) {
        return Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
    }

    private static byte[] sign(byte[] secret, byte[] publicKey, byte[] message) {
        byte[] signature = new byte[64];
        Ed25519.sign(secret, 0, publicKey, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] flipOneBit(byte[] bytes) {
        byte[] flipped = bytes.clone();
        int bit = random.nextInt(bytes.length * 8);
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    /** RFC 8032 5.1.5: the secret scalar a, whose [a]B is the public key. */
    private static BigInteger clampedScalar(byte[] secret) {
        try {
            byte[] h = Arrays.copyOf(MessageDigest.getInstance("SHA-512").digest(secret), 32);
            h[0] &= (byte) 248;
            h[31] &= 127;
            h[31] |= 64;
            return littleEndian(h);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger littleEndian(byte[] bytes) {
        byte[] big = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            big[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, big);
    }

    private static byte[] toLittleEndian32(BigInteger value) {
        byte[] big = value.toByteArray();
        byte[] little = new byte[32];
        for (int i = 0; i < big.length && i < 32; i++) {
            little[i] = big[big.length - 1 - i];
        }
        return little;
    }
}
