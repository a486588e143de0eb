package net.claimsnet.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import net.claimsnet.web.api.limits.ServletFakes;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over the plain listener, reads are sent to HTTPS with 301 and writes refused with 403, their bodies
 * unread (the fake request throws if anything reads one); requests over TLS and the P2P endpoint's pass.
 */
class HttpsOnlyTest {

    /** St. Mary's http.port: its HTTPS listener is at 8381. */
    private static final int HTTP_PORT = 8380;

    private final HttpsOnly filter = new HttpsOnly(HTTP_PORT);
    private final AtomicInteger passed = new AtomicInteger();
    private final FilterChain chain = (request, response) -> passed.incrementAndGet();

    private ServletFakes.Recorded send(HttpsOnly through, HttpServletRequest request) throws Exception {
        ServletFakes.Recorded recorded = new ServletFakes.Recorded();
        through.doFilter(request, recorded.response(), chain);
        return recorded;
    }

    private static HttpServletRequest plain(String method, String path, String query) {
        return ServletFakes.over(false, method, "stmary.example", HTTP_PORT, path, query);
    }

    @Test
    void a_plain_get_or_head_is_sent_to_the_same_path_and_query_over_https_with_301() throws Exception {
        ServletFakes.Recorded page = send(filter, plain("GET", "/billing/claims.xhtml", "page=2&size=20"));
        ServletFakes.Recorded head = send(filter, plain("HEAD", "/api/claims", null));

        assertThat(page.status).isEqualTo(301);
        assertThat(page.headers).containsEntry("Location", "https://stmary.example:8381/billing/claims.xhtml?page=2&size=20");
        assertThat(head.status).isEqualTo(301);
        assertThat(head.headers).containsEntry("Location", "https://stmary.example:8381/api/claims");
        assertThat(passed).hasValue(0);
    }

    @Test
    void a_plain_post_is_403_naming_the_https_url_in_json_for_the_api_and_text_for_the_desk_its_body_unread() throws Exception {
        ServletFakes.Recorded api = send(filter, plain("POST", "/api/claims", null));
        ServletFakes.Recorded desk = send(filter, plain("POST", "/login.xhtml", null));

        assertThat(List.of(api.status, desk.status)).containsOnly(403);
        assertThat(api.contentType).isEqualTo("application/json");
        assertThat(api.body()).contains("\"status\":403").contains("\"error\":\"https-required\"")
                .contains("https://stmary.example:8381/api/claims");
        assertThat(api.headers).containsEntry("Connection", "close").doesNotContainKey("Location");
        assertThat(desk.contentType).isEqualTo("text/plain");
        assertThat(desk.body()).contains("HTTPS only").contains("https://stmary.example:8381/login.xhtml");
        assertThat(passed).hasValue(0);
    }

    @Test
    void requests_over_tls_pass_whatever_their_method() throws Exception {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            ServletFakes.Recorded answer = send(filter, ServletFakes.over(true, method, "stmary.example", 8381, "/api/claims", null));
            assertThat(answer.status).isEqualTo(200);
        }

        assertThat(passed).hasValue(4);
    }

    @Test
    void the_p2p_endpoint_answers_plain_requests_itself() throws Exception {
        send(filter, plain("POST", "/api/p2p/messages", null));

        assertThat(passed).hasValue(1);
    }

    @Test
    void payaras_health_checks_stay_on_the_plain_port_where_the_network_script_polls_them() throws Exception {
        send(filter, plain("GET", "/health/ready", null));
        send(filter, plain("GET", "/health", null));
        ServletFakes.Recorded healthier = send(filter, plain("GET", "/healthier", null));

        assertThat(passed).hasValue(2);
        assertThat(healthier.status).as("only /health and below").isEqualTo(301);
    }

    @Test
    void without_the_nodes_configuration_the_https_port_is_the_one_after_the_port_the_request_came_to() throws Exception {
        ServletFakes.Recorded answer = send(new HttpsOnly(), ServletFakes.over(false, "GET", "127.0.0.1", 8980, "/", null));

        assertThat(answer.headers).containsEntry("Location", "https://127.0.0.1:8981/");
    }

    @Test
    void an_ipv6_host_keeps_its_brackets() {
        assertThat(HttpsOnly.secureUrl(ServletFakes.over(false, "GET", "::1", HTTP_PORT, "/index.xhtml", null), 8381))
                .isEqualTo("https://[::1]:8381/index.xhtml");
        assertThat(HttpsOnly.secureUrl(ServletFakes.over(false, "GET", "[::1]", HTTP_PORT, "/index.xhtml", null), 8381))
                .isEqualTo("https://[::1]:8381/index.xhtml");
    }

    @Test
    void web_xml_maps_the_filter_to_every_path_ahead_of_any_other_and_it_is_not_annotated_as_well() throws Exception {
        Document webXml = webXml();
        Element filter = (Element) webXml.getElementsByTagName("filter").item(0);
        Element firstMapping = (Element) webXml.getElementsByTagName("filter-mapping").item(0);

        assertThat(text(filter, "filter-class")).isEqualTo(HttpsOnly.class.getName());
        assertThat(text(filter, "async-supported")).as("async resources behind it").isEqualTo("true");
        assertThat(text(firstMapping, "filter-name")).isEqualTo(text(filter, "filter-name"));
        assertThat(text(firstMapping, "url-pattern")).isEqualTo("/*");
        assertThat(HttpsOnly.class.getAnnotation(WebFilter.class)).isNull();
    }

    @Test
    void the_session_cookie_is_sent_over_https_only() throws Exception {
        assertThat(text((Element) webXml().getElementsByTagName("cookie-config").item(0), "secure")).isEqualTo("true");
    }

    private static Document webXml() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
    }

    private static String text(Element parent, String child) {
        return parent.getElementsByTagName(child).item(0).getTextContent().trim();
    }

    // ---- the authentication mechanism, which runs before any filter ---------------------------------

    @Test
    void a_plain_request_for_a_desk_page_that_needs_a_login_is_sent_to_https_not_to_the_login_form() throws Exception {
        ServletFakes.Recorded answer = new ServletFakes.Recorded();

        AuthenticationStatus status = new NodeAuthentication(noIdentityStore()).validateRequest(
                ServletFakes.over(false, "GET", "127.0.0.1", HTTP_PORT, "/billing/claims.xhtml", null), answer.response(),
                messageContext(true));

        assertThat(status).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
        assertThat(answer.status).isEqualTo(301);
        assertThat(answer.headers).containsEntry("Location", "https://127.0.0.1:8381/billing/claims.xhtml");
    }

    @Test
    void a_plain_api_request_is_left_to_the_filter_and_its_password_is_not_checked() throws Exception {
        HttpServletRequest withBasic = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> called.getName().equals("getHeader")
                        ? "Basic YmlsbGluZ0BzdG1hcnk6YmlsbGluZy1kZW1v"
                        : called.invoke(plain("GET", "/api/claims", null), args));

        AuthenticationStatus status = new NodeAuthentication(noIdentityStore()).validateRequest(withBasic,
                new ServletFakes.Recorded().response(), messageContext(false));

        assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
    }

    /** An identity store that must not be asked: a plain request is not authenticated. */
    private static IdentityStoreHandler noIdentityStore() {
        return credential -> {
            throw new AssertionError("a password was checked over plain HTTP");
        };
    }

    private static HttpMessageContext messageContext(boolean isProtected) {
        return (HttpMessageContext) Proxy.newProxyInstance(HttpsOnlyTest.class.getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "isProtected" -> isProtected;
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
