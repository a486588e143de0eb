package net.claimsnet.web.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** PATCH on a desk page was the servlet default's 501; it is 405 now, and known methods and JAX-RS paths pass. */
class KnownMethodsFilterTest {

    private final KnownMethodsFilter filter = new KnownMethodsFilter();
    private final AtomicInteger passed = new AtomicInteger();
    private final FilterChain chain = (request, response) -> passed.incrementAndGet();

    private ServletFakes.Recorded send(String method, String path) throws Exception {
        HttpServletRequest plain = ServletFakes.request(path, "billing@stmary", "10.0.0.7");
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> called.getName().equals("getMethod") ? method
                        : called.invoke(plain, args));
        ServletFakes.Recorded recorded = new ServletFakes.Recorded();
        filter.doFilter(request, recorded.response(), chain);
        return recorded;
    }

    @Test
    void patch_on_a_desk_page_is_405_with_the_methods_it_takes() throws Exception {
        ServletFakes.Recorded answer = send("PATCH", "/desk/claims.xhtml");

        assertThat(answer.status).isEqualTo(405);
        assertThat(answer.headers).containsEntry("Allow", "GET, HEAD, POST");
        assertThat(passed).hasValue(0);
    }

    @Test
    void the_methods_servlets_know_and_every_method_on_the_jax_rs_paths_pass() throws Exception {
        send("GET", "/desk/claims.xhtml");
        send("POST", "/desk/claims.xhtml");
        send("PATCH", "/api/claims");
        send("PATCH", "/fhir/Claim");

        assertThat(passed).hasValue(4);
    }
}
