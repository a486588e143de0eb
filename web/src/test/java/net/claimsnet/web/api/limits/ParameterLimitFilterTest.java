package net.claimsnet.web.api.limits;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterLimitFilterTest {

    private static UriInfo uri(MultivaluedMap<String, String> path, MultivaluedMap<String, String> query) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPathParameters" -> path;
                    case "getQueryParameters" -> query;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static MultivaluedMap<String, String> one(String name, String value) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        map.add(name, value);
        return map;
    }

    @Test
    void a_300_character_id_in_the_path_is_400_naming_the_parameter_and_a_uuid_passes() {
        ParameterLimitFilter.check(uri(one("id", "7f9c2ba4-e88f-41d4-a716-446655440000"), new MultivaluedHashMap<>()));

        assertThatThrownBy(() -> ParameterLimitFilter.check(uri(one("id", "x".repeat(300)), new MultivaluedHashMap<>())))
                .isInstanceOfSatisfying(RequestLimitException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    assertThat(e.error().field()).isEqualTo("id");
                    assertThat(e.error().error()).isEqualTo("parameter-too-long");
                });
    }

    @Test
    void a_query_parameter_over_its_length_is_refused_and_one_at_it_passes() {
        ParameterLimitFilter.check(uri(new MultivaluedHashMap<>(), one("member", "m".repeat(ParameterLimitFilter.MAX_QUERY_PARAMETER))));

        assertThatThrownBy(() -> ParameterLimitFilter.check(uri(new MultivaluedHashMap<>(),
                one("member", "m".repeat(ParameterLimitFilter.MAX_QUERY_PARAMETER + 1)))))
                .isInstanceOfSatisfying(RequestLimitException.class, e -> assertThat(e.error().field()).isEqualTo("member"));
    }

    @Test
    void more_query_parameters_than_allowed_are_refused() {
        MultivaluedMap<String, String> many = new MultivaluedHashMap<>();
        for (int i = 0; i < ParameterLimitFilter.MAX_QUERY_PARAMETERS; i++) {
            many.add("status", "SETTLED");
        }
        ParameterLimitFilter.check(uri(new MultivaluedHashMap<>(), many));
        many.add("status", "SETTLED");

        assertThatThrownBy(() -> ParameterLimitFilter.check(uri(new MultivaluedHashMap<>(), many)))
                .isInstanceOfSatisfying(RequestLimitException.class,
                        e -> assertThat(e.error().error()).isEqualTo("too-many-parameters"));
    }
}
