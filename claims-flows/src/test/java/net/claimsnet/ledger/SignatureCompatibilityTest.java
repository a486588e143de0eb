package net.claimsnet.ledger;

import net.claimsnet.ledger.transactions.TransactionSigner;
import net.claimsnet.ledger.transactions.VerifiedSignatures;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.SignableData;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kernel's Ed25519 signing and checking must agree, byte for byte, with Corda's own. */
class SignatureCompatibilityTest {

    private final KeyPair key = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
    private final SecureHash transactionId = SecureHash.randomSHA256();

    @Test
    void the_kernels_signature_is_the_one_corda_makes_and_corda_accepts_it() throws Exception {
        TransactionSignature ours = new TransactionSigner(key).signatureOver(transactionId);
        SignatureMetadata metadata = new SignatureMetadata(TransactionSigner.PLATFORM_VERSION,
                Crypto.EDDSA_ED25519_SHA512.getSchemeNumberID());
        TransactionSignature cordas = Crypto.doSign(key, new SignableData(transactionId, metadata));

        assertThat(ours.getBytes()).isEqualTo(cordas.getBytes());
        assertThat(ours.verify(transactionId)).isTrue();
    }

    @Test
    void a_signature_corda_made_passes_the_kernels_check_and_a_flipped_bit_fails_it() {
        KernelFixture fixture = new KernelFixture();
        SignedTransaction signed = fixture.signedSubmit();
        fixture.insurer.verifier().verifySignatures(signed, List.of(fixture.notary.getOwningKey()));

        TransactionSignature original = signed.getSigs().get(0);
        byte[] bytes = original.getBytes().clone();
        bytes[10] ^= 0x01;
        TransactionSignature flipped = new TransactionSignature(bytes, original.getBy(), original.getSignatureMetadata());
        SignedTransaction damaged = new SignedTransaction(signed.getTx(), List.of(flipped, signed.getSigs().get(1)));

        assertThatThrownBy(() -> fixture.provider.verifier().verifySignatures(damaged, List.of(fixture.notary.getOwningKey())))
                .isInstanceOf(SignatureCheckException.class)
                .hasMessageContaining("does not match it");
    }

    @Test
    void a_node_counts_the_signatures_it_made_itself_as_checked() {
        VerifiedSignatures verified = new VerifiedSignatures();
        TransactionSignature mine = new TransactionSigner(key, verified).signatureOver(transactionId);
        TransactionSignature theirs = new TransactionSigner(Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512))
                .signatureOver(transactionId);

        assertThat(verified.contains(transactionId, mine)).isTrue();
        assertThat(verified.contains(transactionId, theirs)).isFalse();
    }
}
