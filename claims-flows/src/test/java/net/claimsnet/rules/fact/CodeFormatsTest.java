package net.claimsnet.rules.fact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"E11.9", "S72.001A", "I10", "Z00.00", "W19.XXXA", "C61"})
    void well_formed_icd10_cm_codes_are_accepted(String code) {
        assertThat(CodeFormats.isIcd10Cm(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E119", "e11.9", "E11.", "1E1.9", "E11.12345", "EE1.9", "E1"})
    void malformed_icd10_cm_codes_are_refused(String code) {
        assertThat(CodeFormats.isIcd10Cm(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99213", "0001F", "0042T", "J3490", "G0121"})
    void cpt_and_hcpcs_codes_are_accepted(String code) {
        assertThat(CodeFormats.isCptOrHcpcs(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9921", "992130", "J349", "JJ349", "0001X", "j3490"})
    void malformed_procedure_codes_are_refused(String code) {
        assertThat(CodeFormats.isCptOrHcpcs(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1497758544", "1726345980"})
    void npis_with_the_right_check_digit_are_accepted(String npi) {
        assertThat(CodeFormats.isNpi(npi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "123456789", "12345678931", "123456789A"})
    void npis_with_a_wrong_check_digit_or_shape_are_refused(String npi) {
        assertThat(CodeFormats.isNpi(npi)).isFalse();
    }
}
