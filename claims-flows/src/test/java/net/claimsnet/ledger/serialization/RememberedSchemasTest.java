package net.claimsnet.ledger.serialization;

import net.claimsnet.ledger.KernelFixture;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.TransactionState;
import net.corda.core.serialization.SerializationContext;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.utilities.OpaqueBytes;
import net.corda.serialization.internal.CordaSerializationEncoding;
import org.junit.jupiter.api.Test;

import java.io.NotSerializableException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JVM's serialization factory writes each schema once and reads it once, and what it writes
 * and reads is exactly Corda's AMQP: the same bytes as Corda's own output, decoded to equal objects.
 */
class RememberedSchemasTest {

    private static final KernelFixture FIXTURE = new KernelFixture();
    /** The same AMQP scheme, run by Corda's own code: what Corda writes, schema and all. */
    private static final LedgerSerialization.AmqpScheme CORDA = new LedgerSerialization.AmqpScheme();

    private final SerializationFactory factory = SerializationFactory.Companion.getDefaultFactory();
    private final SerializationContext context = factory.getDefaultContext();

    @Test
    void what_the_factory_writes_is_byte_for_byte_what_corda_writes() throws NotSerializableException {
        SignedTransaction submit = FIXTURE.signedSubmit();
        ClaimState claim = submit.getTx().outputsOfType(ClaimState.class).get(0);
        // A claim (many types, a large envelope), a transaction, and values whose envelope is small
        // enough for proton's one-byte list size.
        List<Object> objects = List.of(claim, submit, submit.getTx().getOutputs().get(0), "a short string", 42,
                List.of("x", "y"));

        for (Object object : objects) {
            byte[] ours = factory.serialize(object, context).getBytes();
            byte[] corda = CORDA.serialize(object, context).getBytes();

            assertThat(ours).as("%s", object.getClass()).isEqualTo(corda);
        }
    }

    @Test
    void what_corda_writes_the_factory_reads_back_equal() throws NotSerializableException {
        SignedTransaction submit = FIXTURE.signedSubmit();
        TransactionState<?> output = submit.getTx().getOutputs().get(0);
        SerializedBytes<TransactionState<?>> corda = CORDA.serialize(output, context);

        TransactionState<?> read = factory.deserialize(corda, TransactionState.class, context);

        assertThat(read).isEqualTo(output);
        assertThat(factory.deserialize(factory.serialize(submit, context), SignedTransaction.class, context)).isEqualTo(submit);
    }

    @Test
    void a_schema_is_read_once_for_all_the_envelopes_that_carry_it() {
        ClaimState first = FIXTURE.signedSubmit().getTx().outputsOfType(ClaimState.class).get(0);
        ClaimState second = FIXTURE.signedSubmit().getTx().outputsOfType(ClaimState.class).get(0);
        EnvelopeLayout firstLayout = layoutOf(factory.serialize(first, context));
        EnvelopeLayout secondLayout = layoutOf(factory.serialize(second, context));

        assertThat(firstLayout.object()).isNotEqualTo(secondLayout.object());
        assertThat(RememberedSchemas.decoded(secondLayout.schemaAndTransforms(), true))
                .isSameAs(RememberedSchemas.decoded(firstLayout.schemaAndTransforms(), true));
    }

    @Test
    void the_factory_reads_envelopes_with_the_schema_from_memory() {
        ClaimState first = FIXTURE.signedSubmit().getTx().outputsOfType(ClaimState.class).get(0);
        ClaimState second = FIXTURE.signedSubmit().getTx().outputsOfType(ClaimState.class).get(0);
        SerializedBytes<ClaimState> firstBytes = factory.serialize(first, context);
        SerializedBytes<ClaimState> secondBytes = factory.serialize(second, context);
        long before = RememberedSchemas.schemasReadFromMemory();

        assertThat(factory.deserialize(firstBytes, ClaimState.class, context)).isEqualTo(first);
        assertThat(factory.deserialize(secondBytes, ClaimState.class, context)).isEqualTo(second);

        assertThat(RememberedSchemas.schemasReadFromMemory() - before).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_schema_differing_by_one_byte_is_read_anew() {
        ClaimState claim = FIXTURE.signedSubmit().getTx().outputsOfType(ClaimState.class).get(0);
        ByteBuffer schema = layoutOf(factory.serialize(claim, context)).schemaAndTransforms();
        byte[] altered = new byte[schema.remaining()];
        schema.duplicate().get(altered);
        int lastLetter = lastIndexOf(altered, (byte) 'e');
        altered[lastLetter] = 'f';

        RememberedSchemas.Read original = RememberedSchemas.decoded(schema, true);
        RememberedSchemas.Read read = RememberedSchemas.decoded(ByteBuffer.wrap(altered), true);

        assertThat(read).isNotSameAs(original);
        assertThat(read.schema).isNotEqualTo(original.schema);
    }

    @Test
    void malformed_schema_bytes_are_left_to_corda() {
        assertThat(RememberedSchemas.decoded(ByteBuffer.wrap(new byte[] {(byte) 0xa1, 5, 'a'}), true)).isNull();
        assertThat(RememberedSchemas.decoded(ByteBuffer.wrap(new byte[] {0x40, 0x40, 0x40}), true)).isNull();
    }

    @Test
    void compressed_envelopes_are_not_laid_out_here_and_still_read() {
        SerializationContext compressing = context.withEncoding(CordaSerializationEncoding.SNAPPY);
        ClaimState claim = FIXTURE.signedSubmit().getTx().outputsOfType(ClaimState.class).get(0);
        SerializedBytes<ClaimState> compressed = factory.serialize(claim, compressing);

        assertThat(EnvelopeLayout.of(compressed.getBytes(), 0, compressed.getSize())).isNull();
        assertThat(factory.deserialize(compressed, ClaimState.class, compressing)).isEqualTo(claim);
    }

    @Test
    void truncated_or_corrupted_bytes_fail_as_corda_fails_them() {
        SerializedBytes<ClaimState> bytes = factory.serialize(
                FIXTURE.signedSubmit().getTx().outputsOfType(ClaimState.class).get(0), context);
        byte[] truncated = Arrays.copyOf(bytes.getBytes(), bytes.getSize() - 1);
        byte[] wrongListSize = bytes.getBytes().clone();
        wrongListSize[EnvelopeLayout.listOffset()] = (byte) 0xc0;

        assertThat(EnvelopeLayout.of(truncated, 0, truncated.length)).isNull();
        assertThat(EnvelopeLayout.of(wrongListSize, 0, wrongListSize.length)).isNull();
        assertThatThrownBy(() -> factory.deserialize(new OpaqueBytes(truncated), ClaimState.class, context))
                .isInstanceOf(NotSerializableException.class);
    }

    @Test
    void an_envelope_at_an_offset_in_a_larger_array_is_found_where_it_is() {
        SerializedBytes<String> bytes = factory.serialize("claims", context);
        byte[] padded = new byte[bytes.getSize() + 10];
        System.arraycopy(bytes.getBytes(), 0, padded, 7, bytes.getSize());

        EnvelopeLayout layout = EnvelopeLayout.of(padded, 7, bytes.getSize());

        assertThat(layout).isNotNull();
        assertThat(layout.parts()).isEqualTo(3);
        assertThat(factory.deserialize(new OpaqueBytes(padded).subSequence(7, bytes.getSize()), String.class, context))
                .isEqualTo("claims");
    }

    private static EnvelopeLayout layoutOf(SerializedBytes<?> bytes) {
        EnvelopeLayout layout = EnvelopeLayout.of(bytes.getBytes(), 0, bytes.getSize());
        assertThat(layout).isNotNull();
        return layout;
    }

    private static int lastIndexOf(byte[] bytes, byte value) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new AssertionError("no " + (char) value);
    }
}
