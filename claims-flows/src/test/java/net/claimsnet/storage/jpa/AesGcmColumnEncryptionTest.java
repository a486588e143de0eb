package net.claimsnet.storage.jpa;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmColumnEncryptionTest {

    private static final String TABLE = "vault_state";
    private static final String ROW = "A1B2C3:0";
    private final ColumnEncryption columns = ColumnEncryption.aesGcm(ColumnKeys.generate());

    @Test
    void a_value_reads_back_as_it_was_given_and_is_stored_without_its_clear_text() {
        byte[] plain = "Patient Quintessa Marlowe-Okafor, member M-1002, diagnosis E11.9".getBytes(StandardCharsets.UTF_8);

        byte[] stored = columns.encrypt(plain, TABLE, ROW);

        assertThat(columns.decrypt(stored, TABLE, ROW)).isEqualTo(plain);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Quintessa");
        assertThat(stored[0]).as("format byte").isEqualTo(AesGcmColumnEncryption.FORMAT_AES_GCM_V1);
    }

    @Test
    void the_same_value_encrypts_differently_each_time() {
        byte[] plain = "same".getBytes(StandardCharsets.UTF_8);

        assertThat(columns.encrypt(plain, TABLE, ROW)).isNotEqualTo(columns.encrypt(plain, TABLE, ROW));
    }

    @Test
    void a_value_that_repeats_itself_is_compressed_before_it_is_encrypted() {
        byte[] plain = "net.claimsnet.states.ClaimState ".repeat(500).getBytes(StandardCharsets.UTF_8);

        byte[] stored = columns.encrypt(plain, TABLE, ROW);

        assertThat(stored[1]).isEqualTo(AesGcmColumnEncryption.PACKED_DEFLATED);
        assertThat(stored.length).isLessThan(plain.length / 10);
        assertThat(columns.decrypt(stored, TABLE, ROW)).isEqualTo(plain);
    }

    @Test
    void a_value_that_does_not_compress_is_stored_as_given_and_still_reads_back() {
        byte[] plain = new byte[4096];
        new Random(7).nextBytes(plain);

        byte[] stored = columns.encrypt(plain, TABLE, ROW);

        assertThat(stored[1]).isEqualTo(AesGcmColumnEncryption.PACKED_AS_GIVEN);
        assertThat(stored.length).isEqualTo(plain.length + 2 + 12 + 16);
        assertThat(columns.decrypt(stored, TABLE, ROW)).isEqualTo(plain);
    }

    @Test
    void an_empty_value_and_null_read_back() {
        assertThat(columns.decrypt(columns.encrypt(new byte[0], TABLE, ROW), TABLE, ROW)).isEmpty();
        assertThat(columns.encrypt(null, TABLE, ROW)).isNull();
        assertThat(columns.decrypt(null, TABLE, ROW)).isNull();
    }

    @Test
    void a_value_with_any_byte_changed_is_refused() {
        byte[] stored = columns.encrypt("Quintessa Marlowe-Okafor".repeat(20).getBytes(StandardCharsets.UTF_8), TABLE, ROW);

        for (int index = 1; index < stored.length; index++) {
            byte[] tampered = stored.clone();
            tampered[index] ^= 0x01;
            assertThatThrownBy(() -> columns.decrypt(tampered, TABLE, ROW)).as("byte %d changed", index)
                    .isInstanceOf(StorageException.class);
        }
    }

    @Test
    void a_value_moved_to_another_row_is_refused() {
        byte[] stored = columns.encrypt("Quintessa".getBytes(StandardCharsets.UTF_8), TABLE, ROW);

        assertThatThrownBy(() -> columns.decrypt(stored, TABLE, "A1B2C3:1"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not belong to the row")
                .hasMessageNotContaining("A1B2C3");
    }

    @Test
    void a_value_moved_to_another_table_is_refused() {
        byte[] stored = columns.encrypt("Quintessa".getBytes(StandardCharsets.UTF_8), TABLE, ROW);

        assertThatThrownBy(() -> columns.decrypt(stored, "ledger_transaction", ROW)).isInstanceOf(StorageException.class);
        // The table's name and the row id are kept apart: moving a character from one to the other is another place.
        assertThatThrownBy(() -> columns.decrypt(stored, "vault_stat", "e" + ROW)).isInstanceOf(StorageException.class);
    }

    @Test
    void a_value_read_with_another_key_is_refused() {
        byte[] stored = columns.encrypt("Quintessa".getBytes(StandardCharsets.UTF_8), TABLE, ROW);
        ColumnEncryption anotherNode = ColumnEncryption.aesGcm(ColumnKeys.generate());

        assertThatThrownBy(() -> anotherNode.decrypt(stored, TABLE, ROW)).isInstanceOf(StorageException.class);
    }

    @Test
    void a_value_cut_short_is_refused() {
        byte[] stored = columns.encrypt("Quintessa".getBytes(StandardCharsets.UTF_8), TABLE, ROW);

        assertThatThrownBy(() -> columns.decrypt(java.util.Arrays.copyOf(stored, 20), TABLE, ROW))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> columns.decrypt(java.util.Arrays.copyOf(stored, stored.length - 1), TABLE, ROW))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void a_value_written_in_clear_before_the_columns_were_encrypted_reads_as_stored() {
        byte[] amqp = "corda\u0001\u0000 a transaction written before".getBytes(StandardCharsets.ISO_8859_1);
        byte[] envelope = {0, 3, 'M', '-', '1'};

        assertThat(columns.decrypt(amqp, TABLE, ROW)).isEqualTo(amqp);
        assertThat(columns.decrypt(envelope, TABLE, ROW)).isEqualTo(envelope);
    }
}
