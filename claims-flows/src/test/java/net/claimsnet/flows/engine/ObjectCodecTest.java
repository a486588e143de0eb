package net.claimsnet.flows.engine;

import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A flow's fields survive a checkpoint: written and read back without running its constructor. */
class ObjectCodecTest {

    enum Stage { START, WAITING }

    static final class Inner implements Checkpointable {
        private final String label;
        private int count;

        Inner(String label, int count) {
            this.label = label;
            this.count = count;
        }
    }

    static final class Sample extends FlowLogic<Void> {
        private final UniqueIdentifier claimId;
        private final BigDecimal amount;
        private Stage stage = Stage.START;
        private long sequence;
        private boolean flag;
        private String absent;
        private byte[] bytes;
        private Inner inner;
        private final List<Object> mixed = new ArrayList<>();
        private transient String scratch = "not saved";

        Sample(UniqueIdentifier claimId, BigDecimal amount) {
            this.claimId = claimId;
            this.amount = amount;
        }

        @Override
        protected Step call(FlowContext context) {
            return done(null);
        }
    }

    @Test
    void namesHashesIdsAndStateRefsWrittenFieldByFieldComeBackEqual() throws IOException {
        LedgerSerialization.ensureInstalled();
        Sample sample = new Sample(new UniqueIdentifier(), BigDecimal.ONE);
        CordaX500Name fullName = CordaX500Name.parse("CN=Claims Desk,OU=Billing,O=St. Mary Hospital,L=Boston,ST=MA,C=US");
        StateRef ref = new StateRef(SecureHash.sha256("claim"), 3);
        sample.mixed.add(fullName);
        sample.mixed.add(ref);
        sample.mixed.add(new UniqueIdentifier("CLM-9", UUID.randomUUID()));

        Sample restored = (Sample) roundTrip(sample);

        assertThat(restored.claimId).isEqualTo(sample.claimId);
        assertThat(restored.claimId.getExternalId()).isNull();
        assertThat(restored.mixed).containsExactlyElementsOf(sample.mixed);
        assertThat(((UniqueIdentifier) restored.mixed.get(2)).getExternalId()).isEqualTo("CLM-9");
    }

    @Test
    void everyKindOfFieldComesBackAsItWas() throws IOException {
        LedgerSerialization.ensureInstalled();
        Sample sample = new Sample(new UniqueIdentifier("CLM-1"), new BigDecimal("41.60"));
        sample.stage = Stage.WAITING;
        sample.sequence = 7L;
        sample.flag = true;
        sample.bytes = new byte[]{1, 2, 3};
        sample.inner = new Inner("nested", 3);
        sample.mixed.add("text");
        sample.mixed.add(SecureHash.sha256("tx"));
        sample.mixed.add(new Inner("in a list", 4));
        sample.mixed.add(CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US"));

        Sample restored = (Sample) roundTrip(sample);

        assertThat(restored).isNotSameAs(sample);
        assertThat(restored.claimId).isEqualTo(sample.claimId);
        assertThat(restored.amount).isEqualTo(sample.amount);
        assertThat(restored.stage).isEqualTo(Stage.WAITING);
        assertThat(restored.sequence).isEqualTo(7L);
        assertThat(restored.flag).isTrue();
        assertThat(restored.absent).isNull();
        assertThat(restored.bytes).containsExactly(1, 2, 3);
        assertThat(restored.inner.label).isEqualTo("nested");
        assertThat(restored.inner.count).isEqualTo(3);
        assertThat(restored.mixed).hasSize(4);
        assertThat(restored.mixed.get(0)).isEqualTo("text");
        assertThat(restored.mixed.get(1)).isEqualTo(SecureHash.sha256("tx"));
        assertThat(((Inner) restored.mixed.get(2)).label).isEqualTo("in a list");
        assertThat(restored.mixed.get(3)).isEqualTo(CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US"));
        assertThat(restored.scratch).isNull();
    }

    private static Object roundTrip(Object value) throws IOException {
        ObjectCodec writer = new ObjectCodec();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.beginPass();
            writer.write(out, value);
            writer.endPass();
        }
        ObjectCodec reader = new ObjectCodec();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            reader.beginPass();
            Object read = reader.read(in);
            reader.endPass();
            return read;
        }
    }
}
