package net.claimsnet.storage.jpa;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnKeyRingTest {

    private final ColumnKeys first = ColumnKeys.generate();

    @Test
    void the_newest_data_key_is_current_and_the_older_ones_stay_to_read() {
        ColumnKeys second = ColumnKeys.generate();
        ColumnKeyRing ring = ColumnKeyRing.of(first).withNextGeneration(second);

        assertThat(ring.current()).isEqualTo(2);
        assertThat(ring.currentKeys().dataKey()).isEqualTo(second.dataKey());
        assertThat(ring.dataKey(1)).contains(first.dataKey());
        assertThat(ring.dataGenerations()).containsExactly(1, 2);
        assertThat(ring.lookupGenerations()).containsExactly(1, 2);
        assertThat(ring.toString()).doesNotContain(new String(first.dataKey().getEncoded()));
    }

    @Test
    void a_value_written_with_the_older_key_reads_and_is_marked_older_and_new_values_are_not() {
        ColumnEncryption before = ColumnEncryption.aesGcm(first);
        ColumnEncryption after = ColumnEncryption.aesGcm(ColumnKeyRing.of(first).withNextGeneration(ColumnKeys.generate()));
        byte[] old = before.encrypt(new byte[] {1, 2, 3}, "vault_state", "T:0");
        byte[] fresh = after.encrypt(new byte[] {4}, "vault_state", "T:1");

        assertThat(after.decrypt(old, "vault_state", "T:0")).containsExactly(1, 2, 3);
        assertThat(after.isOfOlderKey(old)).isTrue();
        assertThat(after.isOfOlderKey(fresh)).isFalse();
        assertThat(after.isOfOlderKey("corda".getBytes())).as("a clear value of before").isFalse();
        assertThat(fresh[0]).isEqualTo((byte) 0xE2);
    }

    @Test
    void fifteen_generations_fit_the_format_byte_and_no_more() {
        ColumnKeyRing ring = ColumnKeyRing.of(first);
        for (int generation = 2; generation <= ColumnKeyRing.LAST_GENERATION; generation++) {
            ring = ring.withNextGeneration(ColumnKeys.generate());
        }
        ColumnKeyRing full = ring;

        assertThat(full.current()).isEqualTo(15);
        assertThat(ColumnEncryption.aesGcm(full).encrypt(new byte[] {1}, "t", "r")[0]).isEqualTo((byte) 0xEF);
        assertThatThrownBy(() -> full.withNextGeneration(ColumnKeys.generate())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_ring_without_the_current_lookup_key_or_with_a_newer_lookup_than_data_key_is_refused() {
        ColumnKeys second = ColumnKeys.generate();

        assertThatThrownBy(() -> new ColumnKeyRing(Map.of(1, first.dataKey(), 2, second.dataKey()), Map.of(1, first.lookupKey())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no lookup key");
        assertThatThrownBy(() -> new ColumnKeyRing(Map.of(1, first.dataKey()), Map.of(1, first.lookupKey(), 2, second.lookupKey())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newer");
        assertThatThrownBy(() -> new ColumnKeyRing(Map.of(16, first.dataKey()), Map.of(16, first.lookupKey())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
