package net.claimsnet.storage.jpa;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class LookupKeyHashTest {

    private final ColumnKeys keys = ColumnKeys.generate();
    private final LookupKeyHash hash = LookupKeyHash.with(keys);

    @Test
    void equal_identifiers_give_equal_values_and_different_ones_different() {
        assertThat(hash.hash("member:M-1002")).isEqualTo(hash.hash("member:M-1002"))
                .isNotEqualTo(hash.hash("member:M-1003"));
    }

    @Test
    void the_value_names_no_identifier_fits_the_column_and_is_marked_as_keyed() {
        String value = hash.hash("member:M-1002");

        assertThat(value).doesNotContain("M-1002").startsWith(LookupKeyHash.PREFIX).hasSizeLessThanOrEqualTo(64);
        assertThat(LookupKeyHash.isKeyed(value)).isTrue();
    }

    @Test
    void another_key_gives_another_value_so_guesses_hashed_without_the_key_find_nothing() throws Exception {
        String unkeyed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("member:M-1002".getBytes(StandardCharsets.UTF_8)));

        assertThat(hash.hash("member:M-1002")).isNotEqualTo(LookupKeyHash.with(ColumnKeys.generate()).hash("member:M-1002"))
                .isNotEqualTo(unkeyed);
        assertThat(LookupKeyHash.isKeyed(unkeyed)).as("a plain SHA-256 of an earlier build").isFalse();
    }

    @Test
    void after_a_rotation_new_values_use_the_new_key_and_an_identifier_is_matched_under_every_key_held() {
        ColumnKeyRing rotated = ColumnKeyRing.of(keys).withNextGeneration(ColumnKeys.generate());
        LookupKeyHash after = LookupKeyHash.with(rotated);

        assertThat(after.hash("member:M-1002")).startsWith("k2:").isNotEqualTo(hash.hash("member:M-1002"));
        assertThat(after.hashes("member:M-1002")).containsExactly(after.hash("member:M-1002"), hash.hash("member:M-1002"));
        assertThat(after.isOfCurrentKey(after.hash("member:M-1002"))).isTrue();
        assertThat(after.isOfCurrentKey(hash.hash("member:M-1002"))).isFalse();
        assertThat(LookupKeyHash.isKeyed(after.hash("member:M-1002"))).isTrue();
    }
}
