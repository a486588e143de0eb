package net.claimsnet.flows.finality;

import net.claimsnet.flows.engine.Payloads;
import net.corda.core.crypto.SecureHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The acknowledgement every receiver sends goes as its tag and the transaction id, as it always did. */
class FinalityAckPayloadTypeTest {

    @Test
    void an_acknowledgement_is_its_tag_and_the_transaction_id_and_comes_back_equal() {
        SecureHash id = SecureHash.sha256("settled claim");

        byte[] encoded = Payloads.serialize(new FinalityAck(id));

        assertThat(encoded).hasSize(1 + 4 + 32);
        assertThat(encoded[0]).isEqualTo(FinalityAckPayloadType.TAG).isEqualTo((byte) 3);
        assertThat(((FinalityAck) Payloads.deserialize(encoded)).getTransactionId()).isEqualTo(id);
    }
}
