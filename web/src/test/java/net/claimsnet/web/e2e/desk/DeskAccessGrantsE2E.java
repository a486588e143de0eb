package net.claimsnet.web.e2e.desk;

import net.claimsnet.web.NetworkTrust;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's access grants on the desks, in a real browser: Acme's administrator is refused a grant
 * with an empty purpose and a last day in the past (each said next to its field, nothing granted),
 * then grants the regulator access to St. Mary Hospital's claims and sees it live; the regulator's
 * auditor sees it live on its page; the administrator is asked for a reason before revoking, revokes
 * with one, and both pages show it revoked with that reason. Each run grants with a purpose of its own
 * (the network keeps its grants), by which the rows are found. The pages pass axe-core with the errors shown.
 * Also: a revocation of a grant revoked meanwhile (over the API) is refused next to its row; the link is
 * on the insurer's administrator's and the auditor's menus only.
 */
class DeskAccessGrantsE2E extends WithDeskBrowser {

    private static final String ADMIN = "admin@acme";
    private static final String AUDITOR = "auditor@regulator";
    private static final String ST_MARY = "St. Mary Hospital";
    private static final Pattern GRANT_ID = Pattern.compile("Grant ([0-9a-f-]{36})\\.");

    @Test
    void an_insurers_administrator_grants_the_auditor_st_marys_claims_and_revokes_it_and_both_desks_show_it() {
        String purpose = "Q4 claims audit, engagement " + ThreadLocalRandom.current().nextInt(1_000_000);
        String reason = "Audit closed early";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        openGrantsAsAdmin();
        int rowsBefore = grantRows("grants");
        chooseStMary();
        browser.type(By.id("grant-purpose"), " ").type(By.id("grant-last-day"), today.minusDays(1).toString());
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("grant-issue"))).click();

        assertThat(waitForText(By.id("grant-purpose-message"), "Say why the auditor may look"))
                .as("the empty purpose, next to its field").contains("purpose stays with the grant");
        assertThat(browser.text(By.id("grant-last-day-message"))).as("the past last day, next to its field")
                .isEqualTo("The last day " + today.minusDays(1) + " has passed: choose today (" + today + ") or a later day.");
        assertThat(browser.text(By.id("messages"))).contains("Nothing was granted");
        assertThat(browser.driver().getPageSource()).as("no error on the page")
                .doesNotContain("ELException", "NullPointerException", "PropertyNotFoundException", "Stack Trace", "HTTP Status 500");
        browser.screenshot("admin-grants-refused");
        browser.assertAccessible("admin-grants-refused");
        openGrantsAsAdmin();
        assertThat(grantRows("grants")).as("grants after the refused one").isEqualTo(rowsBefore);

        chooseStMary();
        browser.type(By.id("grant-purpose"), purpose).type(By.id("grant-last-day"), today.plusDays(30).toString());
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("grant-issue"))).click();

        waitForText(cell("grants", purpose, "state"), "Live");
        assertThat(browser.text(cell("grants", purpose, "scope"))).isEqualTo("Provider's claims");
        assertThat(browser.text(cell("grants", purpose, "subject"))).isEqualTo(ST_MARY);
        assertThat(browser.text(cell("grants", purpose, "last-day"))).isEqualTo(today.plusDays(30).toString());
        assertThat(browser.text(By.id("messages"))).contains("The auditor may now open " + ST_MARY + "'s claims.");
        assertThat(firstRowPurpose("grants")).as("newest first").isEqualTo(purpose);
        assertThat(grantRows("grants")).isEqualTo(rowsBefore + 1);
        browser.screenshot("admin-grants-issued");

        awaitOnAuditorsPage(purpose, "Live");
        assertThat(browser.text(cell("held-grants", purpose, "insurer"))).isEqualTo("Acme Health Insurance");
        assertThat(browser.text(cell("held-grants", purpose, "subject"))).isEqualTo(ST_MARY);
        assertThat(browser.driver().findElements(By.xpath(rowXpath("held-grants", purpose) + "//button")))
                .as("the auditor's page offers no action").isEmpty();
        browser.screenshot("audit-grants-live");
        browser.assertAccessible("audit-grants-live");

        openGrantsAsAdmin();
        rowButton(purpose).click();
        assertThat(waitForText(cell("grants", purpose, "problem"), "Say why the grant ends early"))
                .as("a revocation without a reason, next to its row").contains("Then revoke again");
        assertThat(browser.text(cell("grants", purpose, "state"))).as("still live without a reason").isEqualTo("Live");

        browser.type(cell("grants", purpose, "reason"), reason);
        rowButton(purpose).click();
        waitForText(cell("grants", purpose, "state"), "Revoked ");
        assertThat(browser.text(cell("grants", purpose, "state"))).endsWith(": " + reason);
        assertThat(browser.driver().findElements(By.xpath(rowXpath("grants", purpose) + "//button[contains(@id, ':revoke')]")))
                .as("a revoked grant offers no second revocation").isEmpty();
        browser.screenshot("admin-grants-revoked");
        browser.assertAccessible("admin-grants-revoked");

        awaitOnAuditorsPage(purpose, "Revoked ");
        assertThat(browser.text(cell("held-grants", purpose, "state"))).endsWith(": " + reason);
        browser.screenshot("audit-grants-revoked");
    }

    @Test
    void revoking_a_grant_that_was_revoked_meanwhile_says_so_next_to_its_row_and_the_refreshed_row_shows_the_first_reason()
            throws IOException, InterruptedException {
        String purpose = "Member complaint review " + ThreadLocalRandom.current().nextInt(1_000_000);
        openGrantsAsAdmin();
        chooseStMary();
        browser.type(By.id("grant-purpose"), purpose).type(By.id("grant-last-day"), LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("grant-issue"))).click();
        waitForText(cell("grants", purpose, "state"), "Live");
        Matcher granted = GRANT_ID.matcher(browser.text(By.id("messages")));
        assertThat(granted.find()).as("the grant's id in the message").isTrue();

        HttpResponse<String> revokedElsewhere = revokeOverTheApi(granted.group(1), "Closed from the API");
        assertThat(revokedElsewhere.statusCode()).as("the revocation over the API").isEqualTo(200);

        browser.type(cell("grants", purpose, "reason"), "Closed on the desk");
        rowButton(purpose).click();
        assertThat(waitForText(cell("grants", purpose, "problem"), "was revoked already"))
                .contains("Refresh the list to see where the grant stands");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("grants-refresh"))).click();
        waitForText(cell("grants", purpose, "state"), "Revoked ");
        assertThat(browser.text(cell("grants", purpose, "state"))).endsWith(": Closed from the API");
    }

    @Test
    void a_providers_administrator_has_no_grants_link_and_the_page_says_where_grants_are_issued() {
        browser.login("admin@stmary", DeskUsers.passwordOf("admin@stmary"));
        browser.waitFor(By.id("nav-admin-users"));
        assertThat(browser.driver().findElements(By.id("nav-admin-grants"))).as("a link on a provider node").isEmpty();

        browser.open("stmary", "/admin/grants.xhtml");

        assertThat(browser.text(By.id("grants-unavailable"))).contains("issued by an insurer, on its own node")
                .contains("This is a provider node");
        assertThat(browser.driver().findElements(By.id("grant-issue"))).as("a grant form on a provider node").isEmpty();
    }

    @Test
    void an_insurers_adjuster_has_no_grants_link() {
        browser.login("adjuster@acme", DeskUsers.passwordOf("adjuster@acme"));
        browser.waitFor(By.id("nav-adjuster-queue"));

        assertThat(browser.driver().findElements(By.id("nav-admin-grants"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("nav-audit-grants"))).isEmpty();
    }

    private static HttpResponse<String> revokeOverTheApi(String grantId, String reason) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + DeskUsers.passwordOf(ADMIN)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(DeskNodes.desk("acme").resolve("api/access-grants/" + grantId + "/revocation"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"" + reason + "\"}")).build();
        return NetworkTrust.runningNetwork().client().build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void openGrantsAsAdmin() {
        browser.forgetSessions().login(ADMIN, DeskUsers.passwordOf(ADMIN));
        browser.waitFor(By.id("nav-admin-grants")).click();
        browser.waitFor(By.id("grant-issue"));
        assertThat(browser.currentPath()).startsWith("/admin/grants.xhtml");
    }

    private void chooseStMary() {
        WebElement provider = browser.waitFor(By.id("grant-provider"));
        new Select(provider).selectByVisibleText(ST_MARY + " (Boston)");
    }

    /** The auditor's page until the grant's row shows the state: the regulator records the grant shortly after Acme's flow. */
    private void awaitOnAuditorsPage(String purpose, String stateStart) {
        browser.forgetSessions().login(AUDITOR, DeskUsers.passwordOf(AUDITOR));
        browser.waitFor(By.id("nav-audit-grants")).click();
        long deadline = System.nanoTime() + DeskBrowser.WAIT.toNanos();
        while (true) {
            browser.waitFor(By.id("live-count"));
            By state = cell("held-grants", purpose, "state");
            if (!browser.driver().findElements(state).isEmpty()
                    && browser.driver().findElement(state).getText().startsWith(stateStart)) {
                return;
            }
            assertThat(System.nanoTime()).as("the regulator's page shows the grant " + stateStart).isLessThan(deadline);
            sleep();
            browser.open("regulator", "/audit/grants.xhtml");
        }
    }

    private static String rowXpath(String table, String purpose) {
        return "//tbody[@id='" + table + "_data']/tr[.//span[contains(@id, ':purpose') and text()='" + purpose + "']]";
    }

    private static By cell(String table, String purpose, String column) {
        return By.xpath(rowXpath(table, purpose) + "//*[contains(@id, ':" + column + "')]");
    }

    private static WebElement rowButton(String purpose) {
        return browser.waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath(rowXpath("grants", purpose) + "//button[contains(@id, ':revoke')]")));
    }

    /** The rows of a grants table (its empty-message row not counted). */
    private static int grantRows(String table) {
        browser.waitFor(By.id(table));
        return browser.driver().findElements(By.xpath("//tbody[@id='" + table + "_data']/tr[not(contains(@class, 'ui-datatable-empty-message'))]")).size();
    }

    private static String firstRowPurpose(String table) {
        return browser.text(By.xpath("//tbody[@id='" + table + "_data']/tr[1]//span[contains(@id, ':purpose')]"));
    }

    /** Waits until the element's text contains the words, and returns the whole text. */
    private static String waitForText(By element, String words) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(element, words));
        return browser.text(element);
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
