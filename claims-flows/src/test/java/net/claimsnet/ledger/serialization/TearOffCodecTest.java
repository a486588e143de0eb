package net.claimsnet.ledger.serialization;

import net.claimsnet.ledger.KernelFixture;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.corda.core.transactions.FilteredComponentGroup;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tear-off written field by field comes back as the same tear-off, and an altered one fails its proof. */
class TearOffCodecTest {

    private static final KernelFixture FIXTURE = new KernelFixture();
    private static final WireTransaction SUBMIT = FIXTURE.signedSubmit().getTx();

    @Test
    void a_tear_off_comes_back_with_the_same_id_components_and_a_proof_that_holds() throws Exception {
        FilteredTransaction tearOff = NotaryTearOff.of(SUBMIT);
        assertThat(TearOffCodec.covers(tearOff)).isTrue();

        FilteredTransaction read = TearOffCodec.read(in(written(tearOff)));

        assertThat(read.getId()).isEqualTo(SUBMIT.getId());
        assertThat(read.getGroupHashes()).isEqualTo(tearOff.getGroupHashes());
        assertThat(read.getFilteredComponentGroups()).hasSameSizeAs(tearOff.getFilteredComponentGroups());
        for (int i = 0; i < read.getFilteredComponentGroups().size(); i++) {
            FilteredComponentGroup original = tearOff.getFilteredComponentGroups().get(i);
            FilteredComponentGroup copy = read.getFilteredComponentGroups().get(i);
            assertThat(copy.getGroupIndex()).isEqualTo(original.getGroupIndex());
            assertThat(copy.getComponents()).isEqualTo(original.getComponents());
            assertThat(copy.getNonces()).isEqualTo(original.getNonces());
            assertThat(copy.getPartialMerkleTree().getRoot()).isEqualTo(original.getPartialMerkleTree().getRoot());
        }
        read.verify();
        NotaryTearOff.check(read);
        assertThat(read.getInputs()).isEqualTo(SUBMIT.getInputs());
        assertThat(read.getTimeWindow()).isEqualTo(SUBMIT.getTimeWindow());
    }

    @Test
    void a_component_altered_on_the_way_fails_the_merkle_proof() throws IOException {
        FilteredTransaction tearOff = NotaryTearOff.of(SUBMIT);
        byte[] bytes = written(tearOff);
        // Flip a bit in the last byte of the last component written (the last group's).
        bytes[findLastComponentByte(tearOff, bytes)] ^= 0x01;

        FilteredTransaction read = TearOffCodec.read(in(bytes));

        assertThatThrownBy(read::verify).isInstanceOf(Exception.class);
    }

    @Test
    void truncated_or_implausible_input_is_refused_with_an_io_error() {
        byte[] bytes = written(NotaryTearOff.of(SUBMIT));
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> TearOffCodec.read(in(truncated))).isInstanceOf(IOException.class);

        byte[] implausible = bytes.clone();
        // The group-hash count follows the 32-byte id.
        implausible[32] = (byte) 0x7F;
        assertThatThrownBy(() -> TearOffCodec.read(in(implausible))).isInstanceOf(IOException.class);
    }

    private static int findLastComponentByte(FilteredTransaction tearOff, byte[] written) {
        FilteredComponentGroup last = tearOff.getFilteredComponentGroups().get(tearOff.getFilteredComponentGroups().size() - 1);
        byte[] component = last.getComponents().get(last.getComponents().size() - 1).getBytes();
        for (int start = written.length - component.length; start >= 0; start--) {
            if (java.util.Arrays.equals(written, start, start + component.length, component, 0, component.length)) {
                return start + component.length - 1;
            }
        }
        throw new AssertionError("component not found in the encoding");
    }

    private static byte[] written(FilteredTransaction tearOff) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            TearOffCodec.write(new DataOutputStream(bytes), tearOff);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static DataInputStream in(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
