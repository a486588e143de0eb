package net.claimsnet.ledger.transactions;

import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.i2p.crypto.eddsa.EdDSAPrivateKey;
import net.i2p.crypto.eddsa.EdDSAPublicKey;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** Ed25519 keys read from their encodings, so keys of any provider's classes take BouncyCastle's path. */
class Ed25519KeysTest {

    @BeforeAll
    static void serialization() {
        LedgerSerialization.ensureInstalled();
    }

    @Test
    void reads_the_same_bytes_from_cordas_keys_as_their_own_accessors() {
        KeyPair corda = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);

        assertThat(Ed25519Keys.publicKey(corda.getPublic())).isEqualTo(((EdDSAPublicKey) corda.getPublic()).getAbyte());
        assertThat(Ed25519Keys.seed(corda.getPrivate())).isEqualTo(((EdDSAPrivateKey) corda.getPrivate()).getSeed());
        assertThat(Ed25519Keys.isEd25519(corda)).isTrue();
    }

    @Test
    void reads_keys_of_another_providers_classes_as_in_payara() throws Exception {
        // The JDK's own Ed25519 classes stand for "not the EdDSAPublicKey class this code was linked with".
        KeyPair jdk = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(jdk.getPublic()).isNotInstanceOf(EdDSAPublicKey.class);

        byte[] seed = Ed25519Keys.seed(jdk.getPrivate());
        byte[] derived = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, derived, 0);
        assertThat(Ed25519Keys.publicKey(jdk.getPublic())).isEqualTo(derived);
    }

    @Test
    void signs_with_bouncycastle_for_keys_of_another_class_and_corda_accepts_the_signature() throws Exception {
        KeyPair jdk = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair asCorda = new KeyPair(Crypto.toSupportedPublicKey(jdk.getPublic()), Crypto.toSupportedPrivateKey(jdk.getPrivate()));
        SecureHash id = SecureHash.randomSHA256();

        assertThat(Ed25519Signatures.canSign(jdk)).isTrue();
        TransactionSignature signature = new TransactionSigner(jdk).signatureOver(id);
        TransactionSignature sameByCorda = new TransactionSignature(signature.getBytes(), asCorda.getPublic(),
                signature.getSignatureMetadata());

        assertThat(sameByCorda.verify(id)).isTrue();
        assertThat(Ed25519Signatures.canVerify(signature)).isTrue();
        assertThat(Ed25519Signatures.verify(signature, id)).isTrue();
        assertThat(Ed25519Signatures.verify(signature, SecureHash.randomSHA256())).isFalse();
    }

    @Test
    void finds_no_ed25519_bytes_in_other_keys() throws Exception {
        KeyPair ec = Crypto.generateKeyPair(Crypto.ECDSA_SECP256R1_SHA256);
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        assertThat(Ed25519Keys.publicKey(ec.getPublic())).isNull();
        assertThat(Ed25519Keys.seed(ec.getPrivate())).isNull();
        assertThat(Ed25519Keys.publicKey(rsa.getPublic())).isNull();
        assertThat(Ed25519Keys.seed(rsa.getPrivate())).isNull();
        assertThat(Ed25519Keys.isEd25519(ec)).isFalse();
        assertThat(Ed25519Signatures.canSign(rsa)).isFalse();
    }
}
