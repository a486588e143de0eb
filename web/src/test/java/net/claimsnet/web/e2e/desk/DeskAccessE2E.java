package net.claimsnet.web.e2e.desk;

import net.claimsnet.web.NetworkTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets into the desk, in a real browser: the login page asks for a login, a wrong password gets a
 * message and no session, billing staff land on their desk and leave it by logging out, each role is
 * refused the others' pages with a page naming the role needed, the session cookie is out of scripts'
 * reach, the JSON API still takes HTTP Basic, and the login and refusal pages pass axe-core.
 */
class DeskAccessE2E extends WithDeskBrowser {

    private static final By MESSAGES = By.cssSelector("#login\\:messages");
    private static final By DENIED_REASON = By.id("denied-reason");

    @Test
    void the_login_page_asks_for_a_user_name_and_a_password() {
        browser.open("stmary", "/login.xhtml");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("ClaimsNet claims desk");
        assertThat(browser.waitFor(By.id("login:username")).getAttribute("type")).isEqualTo("text");
        assertThat(browser.waitFor(By.id("login:password")).getAttribute("type")).isEqualTo("password");
        assertThat(browser.text(By.cssSelector("label[for='login:username']"))).contains("User name");
        assertThat(browser.text(By.cssSelector("label[for='login:password']"))).contains("Password");
        assertThat(browser.waitFor(By.id("login:submit")).isEnabled()).isTrue();
        browser.screenshot("login");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_and_gives_no_session() {
        browser.login("billing@stmary", "not-the-password");

        assertThat(browser.currentPath()).startsWith("/login.xhtml");
        assertThat(browser.text(MESSAGES)).contains("The user name or password is not right.");
        browser.open("stmary", "/billing/claims.xhtml");
        assertThat(browser.currentPath()).as("a desk page after the refused login").startsWith("/login.xhtml");
    }

    @Test
    void billing_staff_land_on_their_desk_and_logging_out_ends_the_session() {
        browser.login("billing@stmary", DeskUsers.passwordOf("billing@stmary"));

        assertThat(browser.currentPath()).as("the page after logging in").startsWith("/billing/");
        assertThat(browser.text(By.id("user-name"))).isEqualTo("billing@stmary");

        browser.logout();

        assertThat(browser.currentPath()).isEqualTo("/login.xhtml?loggedOut=true");
        assertThat(browser.text(By.id("logged-out"))).contains("You are logged out.");
        browser.open("stmary", "/billing/claims.xhtml");
        assertThat(browser.currentPath()).as("a desk page after logging out").startsWith("/login.xhtml");
    }

    @Test
    void the_session_cookie_is_out_of_the_reach_of_scripts() {
        browser.login("billing@stmary", DeskUsers.passwordOf("billing@stmary"));
        assertThat(browser.currentPath()).as("logged in").doesNotStartWith("/login.xhtml");

        Cookie session = browser.cookie("JSESSIONID");
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(session.isHttpOnly()).as("JSESSIONID is HttpOnly").isTrue();
        assertThat(session.isSecure()).as("JSESSIONID goes over HTTPS only").isTrue();
        assertThat((String) browser.driver().executeScript("return document.cookie")).doesNotContain("JSESSIONID");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "billing@stmary,     /adjuster/queue.xhtml,         Adjuster (ADJUSTER)",
            "billing@stmary,     /audit/search.xhtml,           Auditor (AUDITOR)",
            "adjuster@acme,      /billing/new-claim.xhtml,      Billing staff (BILLING)",
            "auditor@regulator,  /billing/claims.xhtml,         Billing staff (BILLING)",
            "admin@stmary,       /claims/claim.xhtml?id=x,      Billing staff, adjuster or auditor",
            "auditor@regulator,  /admin/grants.xhtml,           Node administrator (NODE_ADMIN)",
            "admin@acme,         /audit/grants.xhtml,           Auditor (AUDITOR)"})
    void each_role_is_refused_the_pages_of_the_others_and_told_which_role_they_need(String user, String path,
                                                                                   String roleNeeded) {
        browser.login(user, DeskUsers.passwordOf(user));
        assertThat(browser.currentPath()).as(user + " logged in").doesNotStartWith("/login.xhtml");

        browser.open(DeskNodes.nodeOf(user), path);

        assertThat(browser.text(By.id("denied-title"))).isEqualTo("This page is not for your role");
        assertThat(browser.text(DENIED_REASON)).contains(user).contains("needs: " + roleNeeded);
    }

    @Test
    void the_json_api_still_takes_http_basic() throws IOException, InterruptedException {
        HttpClient http = NetworkTrust.runningNetwork().client().build();
        URI claims = DeskNodes.desk("stmary").resolve("api/claims?size=1");
        String basic = "Basic " + Base64.getEncoder().encodeToString(("billing@stmary:" + DeskUsers.passwordOf("billing@stmary")).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> withLogin = http.send(HttpRequest.newBuilder(claims).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withoutLogin = http.send(HttpRequest.newBuilder(claims).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withLogin.statusCode()).as("GET /api/claims as billing@stmary").isEqualTo(200);
        assertThat(withLogin.body()).contains("\"total\"");
        assertThat(withoutLogin.statusCode()).as("GET /api/claims without a login").isEqualTo(401);
        assertThat(withoutLogin.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic "));
    }

    @Test
    void the_login_page_has_no_serious_accessibility_violation() {
        browser.open("stmary", "/login.xhtml");
        browser.waitFor(By.id("login:username"));

        browser.assertAccessible("login");
    }

    @Test
    void the_refusal_page_has_no_serious_accessibility_violation() {
        browser.login("billing@stmary", DeskUsers.passwordOf("billing@stmary"));
        browser.open("stmary", "/adjuster/queue.xhtml");
        browser.waitFor(DENIED_REASON);
        browser.screenshot("denied");
        browser.assertAccessible("denied");
    }
}
