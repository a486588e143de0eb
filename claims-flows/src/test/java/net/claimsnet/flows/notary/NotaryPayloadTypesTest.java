package net.claimsnet.flows.notary;

import net.claimsnet.flows.engine.Payloads;
import net.claimsnet.ledger.KernelFixture;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notarisation requests and the notary's signatures travel in the lean encoding the notary package
 * registers with the engine, under the tags they always had; refusals as AMQP.
 */
class NotaryPayloadTypesTest {

    private static final WireTransaction SUBMIT = new KernelFixture().signedSubmit().getTx();

    @Test
    void a_notarisation_request_comes_back_with_a_tear_off_of_the_same_transaction() {
        byte[] encoded = Payloads.serialize(new NotarisationRequest(NotaryTearOff.of(SUBMIT)));

        assertThat(encoded[0]).isEqualTo(NotaryPayloadTypes.REQUEST_TAG).isEqualTo((byte) 4);
        NotarisationRequest read = (NotarisationRequest) Payloads.deserialize(encoded);
        assertThat(read.getTransaction().getId()).isEqualTo(SUBMIT.getId());
        NotaryTearOff.check(read.getTransaction());
    }

    @Test
    void the_notarys_signature_comes_back_as_sent() {
        TransactionSignature signature = new TransactionSignature(new byte[64],
                Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512).getPublic(),
                new SignatureMetadata(4, Crypto.EDDSA_ED25519_SHA512.getSchemeNumberID()));

        byte[] encoded = Payloads.serialize(NotarisationResponse.signed(signature));

        assertThat(encoded[0]).isEqualTo(NotaryPayloadTypes.SIGNATURE_TAG).isEqualTo((byte) 5);
        NotarisationResponse read = (NotarisationResponse) Payloads.deserialize(encoded);
        assertThat(read.getSignature()).isEqualTo(signature);
        assertThat(read.getRefusal()).isNull();
    }

    @Test
    void a_refusal_is_left_to_amqp_and_arrives_with_its_reason() {
        NotarisationResponse refusal = NotarisationResponse.refused("input consumed", List.of());

        byte[] encoded = Payloads.serialize(refusal);

        assertThat(new String(Arrays.copyOf(encoded, 5), StandardCharsets.US_ASCII)).isEqualTo("corda");
        assertThat(((NotarisationResponse) Payloads.deserialize(encoded)).getRefusal()).isEqualTo("input consumed");
    }
}
