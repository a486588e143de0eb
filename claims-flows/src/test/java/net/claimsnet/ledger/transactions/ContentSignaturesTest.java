package net.claimsnet.ledger.transactions;

import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.DigitalSignature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures over a node's own statements: BouncyCastle's Ed25519, the very bytes Corda's Crypto makes and accepts. */
class ContentSignaturesTest {

    private static final byte[] CONTENT = "claimsnet.notarisation-request.v1 example".getBytes(StandardCharsets.UTF_8);

    private final KeyPair key = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);

    @Test
    void a_nodes_signature_over_content_is_cordas_and_checks_out() throws Exception {
        DigitalSignature.WithKey signature = new TransactionSigner(key).signatureOverContent(CONTENT);

        assertThat(signature.getBy()).isEqualTo(key.getPublic());
        assertThat(signature.getBytes()).isEqualTo(Crypto.doSign(key.getPrivate(), CONTENT));
        assertThat(Crypto.isValid(key.getPublic(), signature.getBytes(), CONTENT)).isTrue();
        assertThat(ContentSignatures.isValid(key.getPublic(), signature.getBytes(), CONTENT)).isTrue();
    }

    @Test
    void an_altered_signature_other_content_or_another_key_does_not_check_out() {
        byte[] signature = new TransactionSigner(key).signatureOverContent(CONTENT).getBytes();
        byte[] altered = signature.clone();
        altered[0] ^= 1;
        byte[] otherContent = CONTENT.clone();
        otherContent[0] ^= 1;

        assertThat(ContentSignatures.isValid(key.getPublic(), altered, CONTENT)).isFalse();
        assertThat(ContentSignatures.isValid(key.getPublic(), signature, otherContent)).isFalse();
        assertThat(ContentSignatures.isValid(Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512).getPublic(), signature, CONTENT))
                .isFalse();
        assertThat(ContentSignatures.isValid(key.getPublic(), new byte[12], CONTENT)).isFalse();
    }

    @Test
    void a_key_of_another_scheme_is_checked_by_corda() throws Exception {
        KeyPair ecdsa = Crypto.generateKeyPair(Crypto.ECDSA_SECP256R1_SHA256);
        DigitalSignature.WithKey signature = new TransactionSigner(ecdsa).signatureOverContent(CONTENT);

        assertThat(ContentSignatures.isValid(ecdsa.getPublic(), signature.getBytes(), CONTENT)).isTrue();
        assertThat(ContentSignatures.isValid(ecdsa.getPublic(), signature.getBytes(), "other".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }
}
