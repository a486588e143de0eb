package net.claimsnet.ledger.transactions;

import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.SignatureMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignableBytesTest {

    @BeforeAll
    static void serialization() {
        LedgerSerialization.ensureInstalled();
    }

    @Test
    void the_template_gives_exactly_the_bytes_corda_serializes_for_any_transaction_id() {
        for (int scheme : new int[]{Crypto.EDDSA_ED25519_SHA512.getSchemeNumberID(), Crypto.ECDSA_SECP256R1_SHA256.getSchemeNumberID()}) {
            SignatureMetadata metadata = new SignatureMetadata(TransactionSigner.PLATFORM_VERSION, scheme);
            for (int i = 0; i < 200; i++) {
                SecureHash id = SecureHash.randomSHA256();
                assertThat(SignableBytes.of(id, metadata)).isEqualTo(SignableBytes.serialized(id, metadata));
            }
        }
    }
}
