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
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Transaction signatures made and checked with BouncyCastle, each key decoded once. */
class Ed25519SignaturesTest {

    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));

    private final Random random = new Random(20261205);

    @BeforeAll
    static void serialization() {
        LedgerSerialization.ensureInstalled();
    }

    @Test
    void a_signature_verifies_every_time_and_fails_once_a_bit_changes() {
        KeyPair key = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        SecureHash id = SecureHash.randomSHA256();
        TransactionSignature signature = new TransactionSigner(key).signatureOver(id);
        for (int i = 0; i < 3; i++) {
            assertThat(Ed25519Signatures.verify(signature, id)).isTrue();
        }
        for (int i = 0; i < 50; i++) {
            TransactionSignature tampered = new TransactionSignature(flipOneBit(signature.getBytes()), signature.getBy(),
                    signature.getSignatureMetadata());
            assertThat(Ed25519Signatures.verify(tampered, id)).isFalse();
        }
        assertThat(Ed25519Signatures.verify(signature, SecureHash.randomSHA256())).isFalse();
    }

    @Test
    void corda_accepts_the_signatures_made_here_and_this_accepts_cordas() throws Exception {
        KeyPair key = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        SecureHash id = SecureHash.randomSHA256();
        TransactionSignature ours = new TransactionSigner(key).signatureOver(id);
        assertThat(ours.verify(id)).isTrue();
        TransactionSignature cordas = Crypto.doSign(key, new net.corda.core.crypto.SignableData(id, ours.getSignatureMetadata()));
        assertThat(Ed25519Signatures.verify(cordas, id)).isTrue();
    }

    @Test
    void the_cached_key_gives_bouncycastles_own_answer_on_random_signatures() {
        Ed25519KeyCache cache = new Ed25519KeyCache();
        byte[] secret = bytes(32);
        byte[] publicKey = new byte[32];
        Ed25519.generatePublicKey(secret, 0, publicKey, 0);
        for (int i = 0; i < 300; i++) {
            byte[] message = bytes(40);
            byte[] signature = new byte[64];
            if (i % 3 == 0) {
                Ed25519.sign(secret, 0, publicKey, 0, message, 0, message.length, signature, 0);
            } else {
                signature = bytes(64);
                signature[63] &= 0x0F;
            }
            boolean plain = Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
            boolean cached = Ed25519.verify(signature, 0, cache.pointFor(publicKey), message, 0, message.length);
            assertThat(cached).isEqualTo(plain).isEqualTo(i % 3 == 0);
        }
        assertThat(cache.pointFor(publicKey)).isSameAs(cache.pointFor(publicKey));
    }

    @Test
    void a_key_that_does_not_decode_is_remembered_as_none_and_a_short_one_too() {
        Ed25519KeyCache cache = new Ed25519KeyCache();
        byte[] yNotBelowP = toLittleEndian32(P.add(BigInteger.ONE));
        assertThat(Ed25519.validatePublicKeyPartial(yNotBelowP, 0)).isFalse();
        assertThat(cache.pointFor(yNotBelowP)).isNull();
        assertThat(cache.pointFor(yNotBelowP)).isNull();
        assertThat(cache.pointFor(new byte[31])).isNull();
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

    private static byte[] toLittleEndian32(BigInteger value) {
        byte[] big = value.toByteArray();
        byte[] little = new byte[32];
        for (int i = 0; i < big.length && i < 32; i++) {
            little[i] = big[big.length - 1 - i];
        }
        return little;
    }
}
