package net.claimsnet.web.e2e.desk;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The desk without a mouse (WCAG 2.1.1 keyboard, 2.4.1 bypass blocks, 2.4.7 focus visible): a clerk
 * logs in, skips the navigation, opens a page from the menu and works its form with Tab, typing and
 * Enter only, and always sees where the focus is. Keys go to whatever element has the focus, as a
 * keyboard's do; no element is clicked.
 */
class DeskKeyboardE2E extends WithDeskBrowser {

    /** More Tab presses than any desk page has stops before the element a test looks for. */
    private static final int MAX_TABS = 60;

    @Test
    void a_clerk_logs_in_and_works_the_new_claim_form_from_the_keyboard_alone() {
        browser.open("stmary", "/login.xhtml");
        tabTo("login:username");
        keys("billing@stmary", Keys.TAB);
        assertThat(focused().getAttribute("id")).as("Tab goes from the user name to the password").isEqualTo("login:password");
        keys(DeskUsers.passwordOf("billing@stmary"), Keys.ENTER);
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
        assertThat(browser.currentPath()).startsWith("/billing/");

        WebElement skip = tabTo(By.cssSelector("a.skip-link"));
        assertThat(skip.isDisplayed()).as("the skip link shows when it has the focus").isTrue();

        WebElement newClaim = tabTo("nav-billing-new");
        assertFocusVisible(newClaim);
        keys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/billing/new-claim.xhtml"));

        assertFocusVisible(tabTo("new-claim:memberId"));
        keys("M-KEYBOARD-NOBODY");
        WebElement lookUp = tabTo("new-claim:look-up-member");
        assertFocusVisible(lookUp);
        keys(Keys.ENTER);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("new-claim:member-coverage"),
                "has no active coverage"));
        browser.screenshot("billing-keyboard-look-up");
    }

    @Test
    void the_skip_link_moves_the_focus_past_the_navigation_to_the_page() {
        browser.login("billing@stmary", DeskUsers.passwordOf("billing@stmary")).open("stmary", "/billing/claims.xhtml");

        tabTo(By.cssSelector("a.skip-link"));
        keys(Keys.ENTER);
        keys(Keys.TAB);

        WebElement next = focused();
        assertThat(next.findElements(By.xpath("ancestor::nav"))).as("the first stop after skipping is not in the menu").isEmpty();
        assertThat(next.findElements(By.xpath("ancestor::main"))).as("it is in the page").isNotEmpty();
    }

    // ---- keys -----------------------------------------------------------------------------------

    private static void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        browser.settle();
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private static WebElement tabTo(String id) {
        return tabTo(By.id(id));
    }

    /** Presses Tab until the element has the focus; fails if it is never reached (not keyboard-reachable). */
    private static WebElement tabTo(By element) {
        // Present, not necessarily visible: the skip link shows only once it has the focus.
        WebElement target = browser.waitFor(ExpectedConditions.presenceOfElementLocated(element));
        for (int i = 0; i < MAX_TABS; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (focused().equals(target)) {
                return target;
            }
        }
        return fail(element + " is not reached with Tab within " + MAX_TABS + " presses");
    }

    private static void assertFocusVisible(WebElement element) {
        String outline = element.getCssValue("outline-style");
        String shadow = element.getCssValue("box-shadow");
        assertThat(!"none".equals(outline) || !"none".equals(shadow))
                .as("a focus indicator on %s (outline %s, shadow %s)", element.getAttribute("id"), outline, shadow).isTrue();
    }
}
