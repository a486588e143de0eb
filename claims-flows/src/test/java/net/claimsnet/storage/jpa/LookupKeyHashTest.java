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
}
