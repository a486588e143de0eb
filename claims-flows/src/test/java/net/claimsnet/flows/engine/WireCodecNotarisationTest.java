package net.claimsnet.flows.engine;

import net.claimsnet.flows.notary.NotarisationRequest;
import net.claimsnet.flows.notary.NotarisationResponse;
import net.claimsnet.ledger.KernelFixture;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Notarisation requests and the notary's signatures travel in the lean encoding; refusals as AMQP. */
class WireCodecNotarisationTest {

    private static final WireTransaction SUBMIT = new KernelFixture().signedSubmit().getTx();

    @Test
    void a_notarisation_request_comes_back_with_a_tear_off_of_the_same_transaction() {
        byte[] encoded = WireCodec.encode(new NotarisationRequest(NotaryTearOff.of(SUBMIT)));

        assertThat(encoded[0]).isEqualTo(WireCodec.NOTARISATION_REQUEST);
        NotarisationRequest read = (NotarisationRequest) Payloads.deserialize(encoded);
        assertThat(read.getTransaction().getId()).isEqualTo(SUBMIT.getId());
        NotaryTearOff.check(read.getTransaction());
    }

    @Test
    void the_notarys_signature_comes_back_as_sent() {
        TransactionSignature signature = new TransactionSignature(new byte[64],
                Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512).getPublic(),
                new SignatureMetadata(4, Crypto.EDDSA_ED25519_SHA512.getSchemeNumberID()));

        byte[] encoded = WireCodec.encode(NotarisationResponse.signed(signature));

        assertThat(encoded[0]).isEqualTo(WireCodec.NOTARY_SIGNATURE);
        NotarisationResponse read = (NotarisationResponse) Payloads.deserialize(encoded);
        assertThat(read.getSignature()).isEqualTo(signature);
        assertThat(read.getRefusal()).isNull();
    }

    @Test
    void a_refusal_is_left_to_amqp_and_arrives_with_its_reason() {
        NotarisationResponse refusal = NotarisationResponse.refused("input consumed", List.of());

        assertThat(WireCodec.encode(refusal)).isNull();
        byte[] encoded = Payloads.serialize(refusal);
        assertThat(WireCodec.covers(encoded)).isFalse();
        assertThat(((NotarisationResponse) Payloads.deserialize(encoded)).getRefusal()).isEqualTo("input consumed");
    }
}
