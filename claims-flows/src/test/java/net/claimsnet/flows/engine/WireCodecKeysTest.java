package net.claimsnet.flows.engine;

import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;

import static org.assertj.core.api.Assertions.assertThat;

/** The lean wire encoding decodes the keys in signatures once, and keeps no more of them than its bound. */
class WireCodecKeysTest {

    private static TransactionSignature signatureBy(PublicKey key) {
        return new TransactionSignature(new byte[64], key, new SignatureMetadata(4, Crypto.EDDSA_ED25519_SHA512.getSchemeNumberID()));
    }

    @Test
    void a_signature_comes_back_with_its_key_and_the_same_key_is_decoded_once() {
        PublicKey key = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512).getPublic();

        TransactionSignature first = (TransactionSignature) WireCodec.decode(WireCodec.encode(signatureBy(key)));
        TransactionSignature second = (TransactionSignature) WireCodec.decode(WireCodec.encode(signatureBy(key)));

        assertThat(first.getBy()).isEqualTo(key);
        assertThat(second.getBy()).isSameAs(first.getBy());
    }

    @Test
    void signatures_by_ever_new_keys_do_not_grow_the_decoded_keys_beyond_the_bound() {
        for (int i = 0; i < WireCodec.DECODED_KEYS_KEPT + 100; i++) {
            PublicKey stranger = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512).getPublic();
            assertThat(((TransactionSignature) WireCodec.decode(WireCodec.encode(signatureBy(stranger)))).getBy()).isEqualTo(stranger);
        }

        assertThat(WireCodec.decodedKeyCount()).isBetween(1, WireCodec.DECODED_KEYS_KEPT);
    }
}
