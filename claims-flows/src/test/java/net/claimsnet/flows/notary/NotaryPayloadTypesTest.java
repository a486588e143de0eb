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
 * registers with the engine (the signed request under a tag of its own, the signature under the one it
 * always had); refusals as AMQP.
 */
class NotaryPayloadTypesTest {

    private static final KernelFixture FIXTURE = new KernelFixture();
    private static final WireTransaction SUBMIT = FIXTURE.signedSubmit().getTx();

    @Test
    void a_signed_notarisation_request_comes_back_with_a_tear_off_of_the_same_transaction_and_its_signature() {
        NotarisationRequest sent = NotarisationRequest.signed(NotaryTearOff.of(SUBMIT), FIXTURE.notary, FIXTURE.provider);

        byte[] encoded = Payloads.serialize(sent);

        assertThat(encoded[0]).isEqualTo(NotaryPayloadTypes.SIGNED_REQUEST_TAG).isEqualTo((byte) 6);
        NotarisationRequest read = (NotarisationRequest) Payloads.deserialize(encoded);
        assertThat(read.getTransaction().getId()).isEqualTo(SUBMIT.getId());
        NotaryTearOff.check(read.getTransaction());
        assertThat(read.getRequester()).isEqualTo(FIXTURE.provider.identity().getName());
        assertThat(read.getSignature()).isEqualTo(sent.getSignature());
        byte[] content = SignedNotarisationRequest.content(SUBMIT.getId(), read.getTransaction().getInputs(),
                read.getTransaction().getReferences(), FIXTURE.notary.getName(), read.getRequester());
        assertThat(SignedNotarisationRequest.of(content, read.getRequester(), read.getSignature())
                .isSignedBy(FIXTURE.provider.identity().getOwningKey())).isTrue();
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
