package net.claimsnet.ledger.storage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Bytes put off the heap come back as they went in, across chunk boundaries. */
class OffHeapBytesTest {

    private final OffHeapBytes store = new OffHeapBytes();

    @Test
    void each_byte_string_comes_back_unchanged_and_as_a_copy() {
        byte[] original = {1, 2, 3, 4, 5};
        OffHeapBytes.Slot slot = store.put(original);

        byte[] read = store.get(slot);
        original[0] = 9;

        assertThat(read).containsExactly(1, 2, 3, 4, 5);
        assertThat(store.get(slot)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void strings_larger_than_what_a_chunk_has_left_start_a_new_chunk_and_the_older_stay_readable() {
        Random random = new Random(7);
        List<byte[]> originals = new ArrayList<>();
        List<OffHeapBytes.Slot> slots = new ArrayList<>();
        // 40 strings of 1 MB: more than one 32 MB chunk.
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[1024 * 1024 + i];
            random.nextBytes(bytes);
            originals.add(bytes);
            slots.add(store.put(bytes));
        }
        byte[] huge = new byte[40 * 1024 * 1024];
        random.nextBytes(huge);
        OffHeapBytes.Slot hugeSlot = store.put(huge);

        for (int i = 0; i < originals.size(); i++) {
            assertThat(store.get(slots.get(i))).isEqualTo(originals.get(i));
        }
        assertThat(store.get(hugeSlot)).isEqualTo(huge);
    }

    @Test
    void an_empty_string_is_kept_too() {
        assertThat(store.get(store.put(new byte[0]))).isEmpty();
    }
}
