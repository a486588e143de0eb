package net.claimsnet.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pbkdf2PasswordsTest {

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords(2_000);

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = passwords.hash("correct horse".toCharArray());

        assertThat(passwords.verify("correct horse".toCharArray(), hash)).isTrue();
        assertThat(passwords.verify("correct hors".toCharArray(), hash)).isFalse();
        assertThat(passwords.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void hashesAreSaltedAndInJakartaSecuritysFormatWithoutThePassword() {
        String first = passwords.hash("billing-demo".toCharArray());
        String second = passwords.hash("billing-demo".toCharArray());

        assertThat(first).isNotEqualTo(second).doesNotContain("billing-demo")
                .matches("PBKDF2WithHmacSHA256:2000:[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}");
        assertThat(passwords.verify("billing-demo".toCharArray(), second)).isTrue();
    }

    @Test
    void aHashKeepsItsIterationCountWhenTheDefaultChanges() {
        String hash = passwords.hash("pw".toCharArray());

        assertThat(new Pbkdf2Passwords(5_000).verify("pw".toCharArray(), hash)).isTrue();
    }

    @Test
    void aStoredValueThatIsNoHashMatchesNothing() {
        assertThat(passwords.verify("pw".toCharArray(), "pw")).isFalse();
        assertThat(passwords.verify("pw".toCharArray(), null)).isFalse();
        assertThat(passwords.verify("pw".toCharArray(), "PBKDF2WithHmacSHA1:2000:AAAA:AAAA")).isFalse();
        assertThat(passwords.verify("pw".toCharArray(), "PBKDF2WithHmacSHA256:1:AAAA:AAAA")).isFalse();
        assertThat(passwords.verify("pw".toCharArray(), "PBKDF2WithHmacSHA256:2000:not base64!:AAAA")).isFalse();
        assertThatThrownBy(() -> new Pbkdf2Passwords(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHashMadeWithFewerIterationsThanTodaysIsWeakerAndOneMadeWithAsManyIsNot() {
        String older = new Pbkdf2Passwords(1_000).hash("pw".toCharArray());
        String today = passwords.hash("pw".toCharArray());

        assertThat(passwords.isWeakerThanCurrent(older)).isTrue();
        assertThat(passwords.isWeakerThanCurrent(today)).isFalse();
        assertThat(passwords.isWeakerThanCurrent("not a hash")).isTrue();
    }

    @Test
    void todaysDefaultIsOwaspsFigureForPbkdf2Sha256() {
        assertThat(Pbkdf2Passwords.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }
}
