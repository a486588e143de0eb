package net.claimsnet.ledger.transactions;

import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;

/** The one check of a transaction signature: Ed25519 through BouncyCastle, other schemes through Corda. */
class TransactionSignaturesTest {

    private final KeyPair key = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
    private final SecureHash id = SecureHash.randomSHA256();

    @Test
    void a_keys_signature_of_the_id_holds_as_corda_sees_it() throws Exception {
        TransactionSignature signature = new TransactionSigner(key).signatureOver(id);

        assertThat(TransactionSignatures.isValid(signature, id)).isTrue();
        assertThat(signature.isValid(id)).as("Corda's own check agrees").isTrue();
    }

    @Test
    void a_signature_of_another_id_an_altered_one_or_one_claimed_for_another_key_does_not_hold() {
        TransactionSignature signature = new TransactionSigner(key).signatureOver(id);
        byte[] altered = signature.getBytes().clone();
        altered[5] ^= 1;
        KeyPair other = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);

        assertThat(TransactionSignatures.isValid(signature, SecureHash.randomSHA256())).isFalse();
        assertThat(TransactionSignatures.isValid(new TransactionSignature(altered, key.getPublic(),
                signature.getSignatureMetadata()), id)).isFalse();
        assertThat(TransactionSignatures.isValid(new TransactionSignature(signature.getBytes(), other.getPublic(),
                signature.getSignatureMetadata()), id)).isFalse();
    }

    @Test
    void a_malformed_signature_is_not_valid_rather_than_an_error() {
        TransactionSignature signature = new TransactionSigner(key).signatureOver(id);

        assertThat(TransactionSignatures.isValid(new TransactionSignature(new byte[7], key.getPublic(),
                signature.getSignatureMetadata()), id)).isFalse();
    }

    @Test
    void a_key_of_another_scheme_is_checked_by_corda() {
        KeyPair ecdsa = Crypto.generateKeyPair(Crypto.ECDSA_SECP256R1_SHA256);
        TransactionSignature signature = new TransactionSigner(ecdsa).signatureOver(id);

        assertThat(TransactionSignatures.isValid(signature, id)).isTrue();
        assertThat(TransactionSignatures.isValid(signature, SecureHash.randomSHA256())).isFalse();
    }
}
