package net.claimsnet.ledger.serialization;

import net.claimsnet.ledger.KernelFixture;
import net.claimsnet.ledger.SignatureCheckException;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reusing a decoding never reuses signatures, and bytes that differ are decoded on their own. */
class ParsedTransactionsTest {

    private final KernelFixture fixture = new KernelFixture();
    private final SignedTransaction signed = fixture.signedSubmit();
    private final ParsedTransactions parsed = new ParsedTransactions(8);

    @Test
    void the_same_bytes_arriving_again_start_from_the_transaction_decoded_the_first_time() {
        SignedTransaction first = parsed.signedTransaction(signed.getTxBits().getBytes(), signed.getSigs());
        assertThat(first.getId()).isEqualTo(signed.getId());

        SignedTransaction second = parsed.signedTransaction(signed.getTxBits().getBytes(), signed.getSigs());

        assertThat(second.getCoreTransaction()).isSameAs(first.getCoreTransaction());
        assertThat(second.getId()).isEqualTo(signed.getId());
    }

    @Test
    void a_second_arrival_with_a_forged_signature_carries_that_signature_and_the_verifier_refuses_it() {
        parsed.signedTransaction(signed.getTxBits().getBytes(), signed.getSigs()).getId();
        TransactionSignature genuine = signed.getSigs().get(0);
        byte[] bytes = genuine.getBytes().clone();
        bytes[5] ^= 0x40;
        TransactionSignature forged = new TransactionSignature(bytes, genuine.getBy(), genuine.getSignatureMetadata());

        SignedTransaction arrived = parsed.signedTransaction(signed.getTxBits().getBytes(),
                List.of(forged, signed.getSigs().get(1)));

        assertThat(arrived.getSigs()).containsExactly(forged, signed.getSigs().get(1));
        assertThatThrownBy(() -> fixture.insurer.verifier().verifySignatures(arrived, List.of(fixture.notary.getOwningKey())))
                .isInstanceOf(SignatureCheckException.class);
    }

    @Test
    void bytes_that_differ_in_one_bit_are_not_taken_for_the_decoded_transaction() {
        SignedTransaction first = parsed.signedTransaction(signed.getTxBits().getBytes(), signed.getSigs());
        first.getId();
        byte[] tampered = signed.getTxBits().getBytes().clone();
        tampered[tampered.length - 3] ^= 0x01;

        SignedTransaction arrived = parsed.signedTransaction(tampered, signed.getSigs());

        Object decoded;
        try {
            decoded = arrived.getCoreTransaction();
        } catch (Exception e) {
            decoded = e; // these damaged bytes do not even decode (Corda throws its checked NotSerializableException)
        }
        assertThat(decoded).isNotSameAs(first.getCoreTransaction());
        assertThat(parsed.size()).isEqualTo(2);
    }
}
