package net.claimsnet.ledger;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.ledger.transactions.TransactionSigner;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionRejectionTest {

    private final KernelFixture fixture = new KernelFixture();

    @Test
    void a_transaction_missing_the_insurers_signature_is_refused_naming_the_insurer() {
        SignedTransaction providerOnly = fixture.provider.sign(fixture.submit());

        assertThatThrownBy(() -> fixture.insurer.verify(providerOnly, List.of(fixture.notary.getOwningKey())))
                .isInstanceOf(SignatureCheckException.class)
                .hasMessageContaining(providerOnly.getId().toString())
                .hasMessageContaining("lacks the signature of O=Acme Health Insurance, L=Hartford, C=US");
    }

    @Test
    void a_signature_the_caller_is_still_collecting_may_be_missing() {
        SignedTransaction providerOnly = fixture.provider.sign(fixture.submit());

        fixture.insurer.verify(providerOnly, List.of(fixture.notary.getOwningKey(), fixture.insurer.identity().getOwningKey()));
    }

    @Test
    void a_signature_made_over_another_transaction_is_refused() {
        SignedTransaction signed = fixture.signedSubmit();
        WireTransaction other = fixture.submit();
        TransactionSignature foreign = fixture.provider.sign(other).getSigs().get(0);
        SignedTransaction forged = new SignedTransaction(signed.getTx(), List.of(foreign, signed.getSigs().get(1)));

        assertThatThrownBy(() -> fixture.insurer.verify(forged, List.of(fixture.notary.getOwningKey())))
                .isInstanceOf(SignatureCheckException.class)
                .hasMessageContaining("the signature of O=St. Mary Hospital, L=Boston, C=US does not match it");
    }

    @Test
    void a_signature_by_a_party_the_transaction_does_not_require_is_refused() {
        SignedTransaction signed = fixture.signedSubmit();
        KeyPair stranger = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        SignedTransaction extra = new TransactionSigner(stranger).countersign(signed);

        assertThatThrownBy(() -> fixture.insurer.verify(extra, List.of(fixture.notary.getOwningKey())))
                .isInstanceOf(SignatureCheckException.class)
                .hasMessageContaining("an unknown key signed it but is not a required signer");
    }

    @Test
    void a_stranger_is_refused_as_not_required_before_its_signature_is_checked() {
        SignedTransaction signed = fixture.signedSubmit();
        KeyPair stranger = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        // 64 bytes that verify as nothing: were it checked first, the answer would be "does not match".
        TransactionSignature garbage = new TransactionSignature(new byte[64], stranger.getPublic(),
                signed.getSigs().get(0).getSignatureMetadata());
        SignedTransaction extra = new SignedTransaction(signed.getTx(), List.of(garbage, signed.getSigs().get(0),
                signed.getSigs().get(1)));

        assertThatThrownBy(() -> fixture.insurer.verify(extra, List.of(fixture.notary.getOwningKey())))
                .isInstanceOf(SignatureCheckException.class)
                .hasMessageContaining("an unknown key signed it but is not a required signer")
                .hasMessageNotContaining("does not match");
    }

    @Test
    void a_contract_violation_is_refused_with_the_contracts_words_and_the_transaction_id() {
        ClaimState settledOnSubmission = SampleClaims.submitted(fixture.provider.identity(), fixture.insurer.identity(),
                fixture.coverage.getState().getData()).withStatus(ClaimStatus.SETTLED);
        WireTransaction wire = fixture.provider.build(fixture.submitBuilder(settledOnSubmission));

        assertThatThrownBy(() -> fixture.insurer.verifier().verifyContracts(wire))
                .isInstanceOf(ContractRejectionException.class)
                .hasMessageStartingWith("Transaction " + wire.getId() + ": contract rejected it: ");
    }

    @Test
    void a_transaction_whose_reference_state_the_node_lacks_names_the_missing_transaction() {
        KernelFixture elsewhere = new KernelFixture();
        WireTransaction wire = elsewhere.submit();
        NodeLedger stranger = fixture.network.inMemoryLedger(KernelFixture.INSURER, KernelFixture.CONTRACTS_JAR);
        SecureHash coverageTx = elsewhere.coverage.getRef().getTxhash();

        assertThatThrownBy(() -> stranger.verifier().verifyContracts(wire))
                .isInstanceOf(MissingDependencyException.class)
                .hasMessageContaining("depends on transaction " + coverageTx)
                .satisfies(e -> assertThat(((MissingDependencyException) e).getMissing()).isEqualTo(coverageTx));
    }
}
