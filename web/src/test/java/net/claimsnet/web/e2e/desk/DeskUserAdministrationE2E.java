package net.claimsnet.web.e2e.desk;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node administrator manages the node's users in a real browser: adds a clerk (the node makes the
 * password and shows it once), the clerk logs in with it; five wrong passwords lock the clerk out, so
 * that the right one is refused too, until the administrator unlocks; a disabled clerk cannot log in.
 * The Users page passes axe-core. Each run adds a clerk of its own (the network keeps its users).
 */
class DeskUserAdministrationE2E extends WithDeskBrowser {

    private static final String ADMIN = "admin@stmary";
    private static final By LOGIN_MESSAGE = By.cssSelector("#login\\:messages");

    @Test
    void an_administrator_adds_a_clerk_unlocks_them_after_a_lock_out_and_disables_them() {
        String clerk = "clerk" + ThreadLocalRandom.current().nextInt(1_000_000) + "@stmary";
        openUsersAsAdmin();
        browser.assertAccessible("admin-users");

        browser.type(By.id("new-user-username"), clerk).type(By.id("new-user-displayName"), "Dana Clerk");
        browser.waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='new-user-roles']//label[normalize-space()='BILLING']"))).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("new-user-add"))).click();
        String password = browser.waitFor(By.id("issued-password-value")).getText();
        browser.screenshot("admin-users");

        assertThat(password).hasSize(20);
        assertThat(rowState(clerk)).isEqualTo("Active");
        browser.logout();

        browser.login(clerk, password);
        assertThat(browser.currentPath()).as("the new clerk's first login").startsWith("/billing/");
        browser.logout();

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.login(clerk, "not-it-" + attempt);
        }
        browser.login(clerk, password);
        assertThat(browser.currentPath()).as("the right password while locked out").startsWith("/login.xhtml");
        assertThat(browser.text(LOGIN_MESSAGE)).contains("The user name or password is not right.");

        openUsersAsAdmin();
        assertThat(rowState(clerk)).startsWith("Locked out until");
        rowButton(clerk, "unlock").click();
        browser.waitFor(ExpectedConditions.textToBe(stateCell(clerk), "Active"));
        browser.logout();

        browser.login(clerk, password);
        assertThat(browser.currentPath()).as("the clerk's login once unlocked").startsWith("/billing/");
        browser.logout();

        openUsersAsAdmin();
        rowButton(clerk, "disable").click();
        browser.waitFor(ExpectedConditions.textToBe(stateCell(clerk), "Disabled"));
        browser.logout();

        browser.login(clerk, password);
        assertThat(browser.currentPath()).as("a disabled clerk's login").startsWith("/login.xhtml");
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        openUsersAsAdmin();

        assertThat(browser.driver().findElements(By.xpath(rowXpath(ADMIN) + "//button[contains(@id, ':disable')]"))).isEmpty();
        assertThat(rowState(ADMIN)).isEqualTo("Active");
    }

    private void openUsersAsAdmin() {
        browser.login(ADMIN, DeskUsers.passwordOf(ADMIN));
        browser.open("stmary", "/admin/users.xhtml");
        browser.waitFor(By.id("users"));
    }

    private static String rowXpath(String username) {
        return "//tbody[@id='users_data']/tr[.//span[contains(@id, ':username') and text()='" + username + "']]";
    }

    private static By stateCell(String username) {
        return By.xpath(rowXpath(username) + "//span[contains(@id, ':state')]");
    }

    private static String rowState(String username) {
        return browser.text(stateCell(username));
    }

    private static org.openqa.selenium.WebElement rowButton(String username, String action) {
        return browser.waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath(rowXpath(username) + "//button[contains(@id, ':" + action + "')]")));
    }
}
