package net.claimsnet.storage.jpa.standalone;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsTest {

    @Test
    void an_h2_file_database_runs_in_postgresql_mode() {
        DatabaseSettings settings = DatabaseSettings.h2File(Path.of("/var/claimsnet/acme"));

        assertThat(settings.url()).isEqualTo("jdbc:h2:file:/var/claimsnet/acme/claimsnet" + DatabaseSettings.H2_OPTIONS);
        assertThat(settings.isH2()).isTrue();
    }

    @Test
    void an_h2_url_without_postgresql_mode_is_refused_with_what_to_add() {
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:h2:file:/tmp/node", "sa", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An H2 database URL must run H2 in PostgreSQL mode: add " + DatabaseSettings.H2_OPTIONS
                        + " to jdbc:h2:file:/tmp/node");
    }

    @Test
    void another_database_is_refused_without_repeating_the_url() {
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:mysql://db.example:3306/node?password=s3cret", "node", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) databases are supported, not jdbc:mysql");
    }

    @Test
    void url_and_user_are_required() {
        assertThatThrownBy(() -> DatabaseSettings.of(" ", "sa", ""))
                .hasMessage("The database URL is required (jdbc:h2:file:... or jdbc:postgresql://...)");
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:postgresql://127.0.0.1/node", "", ""))
                .hasMessage("The database user is required");
    }

    @Test
    void the_settings_never_print_the_password() {
        DatabaseSettings settings = DatabaseSettings.of("jdbc:postgresql://127.0.0.1/node", "claimsnet", "s3cret");

        assertThat(settings.toString()).isEqualTo("jdbc:postgresql://127.0.0.1/node as claimsnet").doesNotContain("s3cret");
    }
}
