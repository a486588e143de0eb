package net.claimsnet.ledger.serialization;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/** Serialized bytes as a key: equal exactly when the bytes are, whatever array or view holds them. */
class SerializedContentTest {

    private static final byte[] BYTES = {'c', 'o', 'r', 'd', 'a', 1, 0, 0, 42, 7};

    @Test
    void the_same_bytes_in_another_array_or_a_view_of_a_larger_one_are_the_same_key() {
        byte[] larger = new byte[BYTES.length + 4];
        System.arraycopy(BYTES, 0, larger, 2, BYTES.length);

        SerializedContent key = SerializedContent.of(BYTES.clone());
        SerializedContent view = SerializedContent.of(ByteBuffer.wrap(larger, 2, BYTES.length).slice());

        assertThat(view).isEqualTo(key).hasSameHashCodeAs(key);
    }

    @Test
    void bytes_that_differ_in_one_bit_are_another_key() {
        byte[] other = BYTES.clone();
        other[8] ^= 0x01;

        assertThat(SerializedContent.of(other)).isNotEqualTo(SerializedContent.of(BYTES));
    }

    @Test
    void a_key_owning_its_bytes_keeps_them_when_the_original_array_changes() {
        byte[] original = BYTES.clone();
        SerializedContent owned = SerializedContent.of(original).owningItsBytes();

        original[0] = 'X';

        assertThat(owned).isEqualTo(SerializedContent.of(BYTES)).isNotEqualTo(SerializedContent.of(original));
    }
}
