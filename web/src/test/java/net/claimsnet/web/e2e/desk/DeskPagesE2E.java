package net.claimsnet.web.e2e.desk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page of each role's desk opens for its role on its node, in a real browser, shows what
 * it is for, and passes axe-core (WCAG 2.1 AA: no serious or critical violation). The claim page is
 * checked in the journey ({@link DeskJourneyE2E}), where there is a claim to show.
 */
class DeskPagesE2E extends WithDeskBrowser {

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({
            "billing@stmary,     /billing/claims.xhtml,      billing-claims,      claims:claims-table",
            "billing@stmary,     /billing/new-claim.xhtml,   billing-new-claim,   new-claim:memberId",
            "billing@stmary,     /billing/remittance.xhtml,  billing-remittance,  remittance:remittance-table",
            "billing@stmary,     /billing/dashboard.xhtml,   billing-dashboard,   dashboard-heading",
            "adjuster@acme,      /adjuster/queue.xhtml,      adjuster-queue,      queue-form:queue-table",
            "adjuster@acme,      /adjuster/payments.xhtml,   adjuster-payments,   payments-form:payments-table",
            "adjuster@acme,      /adjuster/member.xhtml,     adjuster-member,     member-form:memberId",
            "adjuster@acme,      /adjuster/dashboard.xhtml,  adjuster-dashboard,  dashboard-heading",
            "auditor@regulator,  /audit/search.xhtml,        audit-search,        audit-search:claims-table",
            "auditor@regulator,  /audit/dashboard.xhtml,     audit-dashboard,     dashboard-heading",
            "auditor@regulator,  /audit/grants.xhtml,        audit-grants,        held-grants",
            "admin@acme,         /admin/node.xhtml,          admin-node,          node-health",
            "admin@acme,         /admin/flows.xhtml,         admin-flows,         flows-refresh",
            "admin@acme,         /admin/enrolment.xhtml,     admin-enrolment,     enrol-form:memberId",
            "admin@acme,         /admin/grants.xhtml,        admin-grants,        grant-purpose",
    })
    void each_main_page_opens_for_its_role_and_passes_axe(String user, String path, String name, String element) {
        browser.login(user, DeskUsers.passwordOf(user));
        browser.open(DeskNodes.nodeOf(user), path);

        assertThat(browser.currentPath()).as("no redirect away from " + path).startsWith(path);
        assertThat(browser.waitFor(By.id(element)).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.tagName("h1"))).as("one heading").hasSize(1);
        assertThat(browser.driver().getPageSource()).as("no error on the page")
                .doesNotContain("ELException", "NullPointerException", "PropertyNotFoundException", "Stack Trace", "HTTP Status 500");
        browser.screenshot(name);
        browser.assertAccessible(name);
    }
}
