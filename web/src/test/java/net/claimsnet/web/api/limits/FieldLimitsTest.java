package net.claimsnet.web.api.limits;

import net.claimsnet.node.desk.InvalidDeskInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldLimitsTest {

    @Test
    void an_identifier_longer_than_64_characters_is_refused_naming_its_field_and_64_pass() {
        assertThat(FieldLimits.identifier("x".repeat(64), "claimId")).hasSize(64);
        assertThat(FieldLimits.identifier(null, "claimId")).isNull();

        assertThatThrownBy(() -> FieldLimits.identifier("x".repeat(300), "claimId"))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> assertThat(e.field()).isEqualTo("claimId"))
                .hasMessageContaining("300 characters");
    }

    @Test
    void negative_amounts_are_refused_and_zero_passes() {
        assertThat(FieldLimits.amount(BigDecimal.ZERO, "charge")).isZero();
        assertThatThrownBy(() -> FieldLimits.amount(new BigDecimal("-0.01"), "serviceLines[0].charge"))
                .isInstanceOfSatisfying(InvalidDeskInputException.class,
                        e -> assertThat(e.field()).isEqualTo("serviceLines[0].charge"))
                .hasMessageContaining("negative");
    }

    @Test
    void amounts_beyond_the_maximum_are_refused_even_with_an_exponent_no_one_could_write_out() {
        assertThat(FieldLimits.amount(new BigDecimal("99999999.99"), "charge")).isNotNull();
        assertThatThrownBy(() -> FieldLimits.amount(new BigDecimal("100000000"), "charge")).hasMessageContaining("at most");
        assertThatThrownBy(() -> FieldLimits.amount(new BigDecimal("1E+999999999"), "charge")).hasMessageContaining("at most");
    }

    @Test
    void amounts_finer_than_a_cent_are_refused_and_trailing_zeros_are_not_decimals() {
        assertThat(FieldLimits.amount(new BigDecimal("12.500"), "charge")).isEqualByComparingTo("12.5");
        assertThatThrownBy(() -> FieldLimits.amount(new BigDecimal("12.505"), "charge")).hasMessageContaining("decimals");
        assertThatThrownBy(() -> FieldLimits.amount(new BigDecimal("1E-999999999"), "charge")).hasMessageContaining("decimals");
    }
}
