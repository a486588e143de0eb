package net.claimsnet.ledger;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.HashAttachmentConstraint;
import net.corda.core.contracts.TransactionState;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionRoundTripTest {

    private final KernelFixture fixture = new KernelFixture();

    @Test
    void a_submit_signed_by_both_parties_survives_the_wire_and_verifies_at_the_insurer() {
        SignedTransaction signed = fixture.signedSubmit();
        SerializationFactory factory = SerializationFactory.Companion.getDefaultFactory();
        SerializedBytes<SignedTransaction> bytes = factory.serialize(signed, SerializationDefaults.INSTANCE.getP2P_CONTEXT());

        SignedTransaction received = factory.deserialize(bytes, SignedTransaction.class,
                SerializationDefaults.INSTANCE.getP2P_CONTEXT());

        assertThat(received.getId()).isEqualTo(signed.getId());
        fixture.insurer.verify(received, List.of(fixture.notary.getOwningKey()));
        LedgerTransaction resolved = fixture.insurer.verifier().verifyContracts(received.getTx());
        assertThat(resolved.getReferences()).extracting(r -> r.getRef()).containsExactly(fixture.coverage.getRef());
        assertThat(resolved.outputsOfType(ClaimState.class)).hasSize(1);
    }

    @Test
    void the_claim_output_is_pinned_to_the_contracts_jar_by_hash() {
        TransactionState<?> output = fixture.submit().getOutputs().get(0);

        assertThat(output.getConstraint()).isEqualTo(new HashAttachmentConstraint(KernelFixture.CONTRACTS_JAR.id()));
        assertThat(output.getContract()).isEqualTo(ClaimContract.ID);
        assertThat(fixture.submit().getAttachments()).contains(KernelFixture.CONTRACTS_JAR.id());
    }

    @Test
    void recording_puts_the_claim_in_the_vault_of_each_participant_once() {
        SignedTransaction signed = fixture.signedSubmit();

        assertThat(fixture.provider.record(signed)).isTrue();
        assertThat(fixture.provider.record(signed)).isFalse();
        fixture.insurer.record(signed);

        assertThat(fixture.provider.vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(fixture.insurer.vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(fixture.provider.transactions().contains(signed.getId())).isTrue();
    }

    @Test
    void the_contracts_jar_is_identified_by_the_sha256_of_its_bytes() {
        assertThat(KernelFixture.CONTRACTS_JAR.id())
                .isEqualTo(net.corda.core.crypto.SecureHash.sha256(KernelFixture.CONTRACTS_JAR.bytes()));
        assertThat(KernelFixture.CONTRACTS_JAR.contractClassNames()).contains(ClaimContract.ID);
    }
}
