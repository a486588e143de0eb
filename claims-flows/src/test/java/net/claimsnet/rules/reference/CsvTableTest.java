package net.claimsnet.rules.reference;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    private static CsvTable parse(String text, String... required) {
        return CsvTable.parse("test.csv", text.getBytes(StandardCharsets.UTF_8), required);
    }

    @Test
    void quoted_fields_keep_their_commas_and_doubled_quotes() {
        CsvTable table = parse("code,description\n# a comment\n\n99213,\"Visit, \"\"established\"\"\"\n");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.required("code")).isEqualTo("99213");
            assertThat(row.required("description")).isEqualTo("Visit, \"established\"");
        });
    }

    @Test
    void empty_cells_are_absent_and_flags_take_their_default() {
        CsvTable.Row row = parse("a,b,c\nx,,\n").rows().get(0);
        assertThat(row.optional("b")).isNull();
        assertThat(row.optionalInt("c")).isNull();
        assertThat(row.flag("b", true)).isTrue();
    }

    @Test
    void a_bad_number_is_reported_with_file_line_and_column() {
        CsvTable.Row row = parse("code,amount\n# comment\n99213,ninety\n").rows().get(0);
        assertThatThrownBy(() -> row.requiredDecimal("amount")).isInstanceOf(ReferenceDataException.class)
                .hasMessage("test.csv line 3, column amount: 'ninety' is not a number");
    }

    @Test
    void a_missing_required_column_is_reported() {
        assertThatThrownBy(() -> parse("code\n99213\n", "code", "amount"))
                .hasMessage("test.csv: the header lacks column 'amount'");
    }

    @Test
    void a_flag_other_than_y_or_n_is_refused() {
        CsvTable.Row row = parse("covered\nmaybe\n").rows().get(0);
        assertThatThrownBy(() -> row.flag("covered", false)).hasMessageContaining("'maybe' is not Y or N");
    }
}
