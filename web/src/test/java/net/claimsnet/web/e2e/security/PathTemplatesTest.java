package net.claimsnet.web.e2e.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathTemplatesTest {

    @Test
    void a_parameter_choosing_among_fixed_words_becomes_one_path_per_word() {
        assertThat(PathTemplates.expand("/fhir/{type: Claim|Patient|Coverage|Bundle}/{operation: (?:\\$|%24)validate}"))
                .containsExactly("/fhir/Claim/$validate", "/fhir/Patient/$validate", "/fhir/Coverage/$validate",
                        "/fhir/Bundle/$validate");
    }

    @Test
    void a_parameter_taking_any_value_stays_a_parameter() {
        assertThat(PathTemplates.expand("/api/claims/{id}/history")).containsExactly("/api/claims/{id}/history");
        assertThat(PathTemplates.expand("/api/things/{id: [0-9]+}")).containsExactly("/api/things/{id}");
    }
}
