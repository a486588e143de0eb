package net.claimsnet.web.e2e.desk;

import net.claimsnet.web.e2e.RunningNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every desk browser test shares: the running network, one browser per test class, and no one
 * logged in when a test starts (cookies do not tell the nodes' ports apart, so one login at a time).
 */
@ExtendWith(RunningNetwork.class)
abstract class WithDeskBrowser {

    /** Set for the test class that runs; classes run one after the other. */
    static DeskBrowser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new DeskBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void nobodyIsLoggedIn() {
        browser.forgetSessions();
    }
}
