package net.claimsnet.web.e2e.desk;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkNode;
import net.claimsnet.web.NetworkTrust;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long work in the background, in a real browser: Acme's administrator uploads an enrolment file whose
 * third member line is wrong; the page follows the job with a progress bar and keeps each line's
 * result (two enrolled, the bad line rejected with its line number and reason). Then, with a claim
 * filed for each new member and approved by the rules (over the REST API), Acme's adjuster pays both
 * as one batch: progress, then each claim paid with its EFT trace number.
 */
class DeskBulkWorkE2E extends WithDeskBrowser {

    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
    private final List<String> members = List.of("M-U" + run + "1", "M-U" + run + "2");

    @Test
    void an_enrolment_file_and_a_payment_batch_run_in_the_background_with_progress_and_a_result_per_row() throws Exception {
        try {
            theAdministratorUploadsAnEnrolmentFile();
            List<String> claimIds = aClaimOfEachNewMemberIsApprovedByTheRules();
            theAdjusterPaysBothInOneBatch(claimIds);
        } catch (AssertionError | RuntimeException failure) {
            browser.screenshot("failed-bulk-work");
            throw failure;
        }
    }

    private void theAdministratorUploadsAnEnrolmentFile() throws IOException {
        int year = LocalDate.now().minusDays(1).getYear();
        Path csv = Files.createTempFile("enrolment-", ".csv");
        Files.writeString(csv, "memberId,planId,effectiveFrom,effectiveTo\r\n"
                + members.get(0) + ",ACME-PPO-GOLD," + year + "-01-01," + year + "-12-31\r\n"
                + members.get(1) + ",ACME-PPO-GOLD," + year + "-01-01,\r\n"
                + "M-U" + run + "3,NO-SUCH-PLAN," + year + "-01-01,\r\n");
        try {
            browser.login("admin@acme", DeskUsers.passwordOf("admin@acme")).open("acme", "/admin/enrolment.xhtml");
            browser.waitFor(By.id("bulk-upload")).sendKeys(csv.toAbsolutePath().toString());
            browser.driver().findElement(By.id("bulk-start")).click();
            browser.waitFor(ExpectedConditions.urlContains("job="));
            assertThat(browser.waitFor(By.id("bulk-progress")).isDisplayed()).isTrue();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk-state"), "Finished"));
        } finally {
            Files.deleteIfExists(csv);
        }
        assertThat(browser.text(By.id("bulk-accepted"))).isEqualTo("2");
        assertThat(browser.text(By.id("bulk-rejected"))).isEqualTo("1");
        String result = browser.text(By.id("bulk-result"));
        assertThat(result).contains(members.get(0)).contains(members.get(1)).contains("NO-SUCH-PLAN");
        browser.screenshot("admin-enrolment-result");
        browser.assertAccessible("admin-enrolment-result");
    }

    /** Filed at St. Mary and decided at Acme over the REST API, as the network benchmark does: this test is about the batch. */
    private List<String> aClaimOfEachNewMemberIsApprovedByTheRules() throws Exception {
        List<NetworkNode> nodes = NetworkNode.all(DeskNodes.ROOT.resolve("config").resolve("nodes"));
        NetworkNode stmary = NetworkNode.byId(nodes, "stmary");
        NetworkNode acme = NetworkNode.byId(nodes, "acme");
        ClaimsApi api = new ClaimsApi(NetworkTrust.runningNetwork().sslContext());
        NetworkClaims claims = new NetworkClaims(1, "U" + run, LocalDate.now());
        List<String> claimIds = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            NetworkClaims.GeneratedClaim template = claims.claim(NetworkClaims.Provider.ST_MARY, i);
            NetworkClaims.GeneratedClaim claim = new NetworkClaims.GeneratedClaim(template.claimId(), template.provider(),
                    members.get(i), members.get(i), template.firstName(), template.lastName(), template.birthDate(),
                    template.sex(), template.planId(), template.dateOfService(), template.variant());
            ClaimsApi.Answer filed = api.file(stmary, claim.json()).get(2, TimeUnit.MINUTES);
            assertThat(filed.status()).as("filed: %s", filed.excerpt()).isEqualTo(201);
            String ledgerId = ledgerIdIn(filed.body());
            ClaimsApi.Answer decided = api.adjudicateByRules(acme, ledgerId).get(2, TimeUnit.MINUTES);
            assertThat(decided.status()).as("decided: %s", decided.excerpt()).isEqualTo(200);
            assertThat(decided.body()).contains("\"status\":\"APPROVED\"");
            claimIds.add(claim.claimId());
        }
        return claimIds;
    }

    private static String ledgerIdIn(String body) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(body);
        assertThat(id.find()).as("a ledger id in %s", body.length() > 200 ? body.substring(0, 200) : body).isTrue();
        return id.group(1);
    }

    private void theAdjusterPaysBothInOneBatch(List<String> claimIds) {
        browser.forgetSessions().login("adjuster@acme", DeskUsers.passwordOf("adjuster@acme")).open("acme", "/adjuster/payments.xhtml");
        for (String claimId : claimIds) {
            WebElement row = browser.waitFor(By.xpath("//*[@id='payments-form:payments-table']//tr[.//a[normalize-space(.)='" + claimId + "']]"));
            row.findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
            browser.settle();
        }
        browser.screenshot("adjuster-payments-selected");
        browser.driver().findElement(By.id("payments-form:pay-selected")).click();
        browser.waitFor(ExpectedConditions.urlContains("job="));
        assertThat(browser.waitFor(By.id("batch-form:batch-progress")).isDisplayed()).isTrue();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-status"), "Finished"));
        assertThat(browser.text(By.id("batch-status"))).contains("2 paid, 0 refused, of 2");
        String result = browser.text(By.id("batch-form:batch-result"));
        claimIds.forEach(id -> assertThat(result).contains(id));
        browser.screenshot("adjuster-payment-batch");
        browser.assertAccessible("adjuster-payment-batch");
    }
}
