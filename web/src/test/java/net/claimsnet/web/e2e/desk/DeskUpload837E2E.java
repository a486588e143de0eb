package net.claimsnet.web.e2e.desk;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkNode;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.web.NetworkTrust;
import net.claimsnet.web.e2e.X12Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * St. Mary's billing clerk uploads an 837P of two claims on the desk: one for a member Acme covers,
 * one whose billing NPI fails its check digit. The page says the 999 accepted the transaction set,
 * follows the filing in the background, then shows the first claim accepted (with a link to its claim
 * page) and the second rejected by the scrub rules, naming the rule; the 277CA can then be downloaded.
 */
class DeskUpload837E2E extends WithDeskBrowser {

    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);

    @Test
    void an_837_uploaded_on_the_billing_desk_is_acknowledged_then_filed_claim_by_claim_in_the_background() throws Exception {
        try {
            NetworkClaims generator = new NetworkClaims(1, "X" + run, LocalDate.now());
            NetworkClaims.GeneratedClaim covered = member(generator.claim(NetworkClaims.Provider.ST_MARY, 0), "M-X" + run + "1");
            NetworkClaims.GeneratedClaim wrongNpi = member(generator.claim(NetworkClaims.Provider.ST_MARY, 1), "M-X" + run + "2");
            acmeEnrols(covered.memberId());
            ClaimDetails bad = X12Files.details(wrongNpi, "1234567890");
            String file = X12Files.file(List.of(X12Files.details(covered, X12Files.ST_MARY_NPI), bad), NetworkClaims.PLAN_ID,
                    X12Files.freshControlNumber());
            Path upload = Files.createTempFile("claims-", ".837");
            try {
                Files.writeString(upload, file, java.nio.charset.StandardCharsets.ISO_8859_1);
                browser.login("billing@stmary", DeskUsers.passwordOf("billing@stmary")).open("stmary", "/billing/upload-837.xhtml");
                browser.waitFor(By.id("upload-file")).sendKeys(upload.toAbsolutePath().toString());
                browser.driver().findElement(By.id("upload-start")).click();
                browser.waitFor(ExpectedConditions.urlContains("job="));
            } finally {
                Files.deleteIfExists(upload);
            }
            assertThat(browser.waitFor(By.id("upload-ack-summary")).getText()).contains("1 of 1 transaction set accepted");
            assertThat(browser.waitFor(By.id("upload-progress")).isDisplayed()).isTrue();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-state"), "Finished"));

            assertThat(browser.text(By.id("upload-accepted"))).isEqualTo("1");
            assertThat(browser.text(By.id("upload-rejected"))).isEqualTo("1");
            String result = browser.text(By.id("upload-result"));
            assertThat(result).contains(covered.claimId()).contains(wrongNpi.claimId()).contains("is not a valid NPI");
            assertThat(browser.driver().findElements(By.cssSelector("[id$=':ledger']"))).hasSize(1);
            assertThat(browser.waitFor(By.id("upload-277ca")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("nav-billing-upload-837")).isDisplayed()).isTrue();
            browser.screenshot("billing-upload-837-result");
            browser.assertAccessible("billing-upload-837-result");
        } catch (AssertionError | RuntimeException failure) {
            browser.screenshot("failed-upload-837");
            throw failure;
        }
    }

    /** The generated claim for its own member, who is their own subscriber (as an 837 carries them). */
    private static NetworkClaims.GeneratedClaim member(NetworkClaims.GeneratedClaim template, String memberId) {
        return new NetworkClaims.GeneratedClaim(template.claimId(), template.provider(), memberId, memberId,
                template.firstName(), template.lastName(), template.birthDate(), template.sex(), template.planId(),
                template.dateOfService(), template.variant());
    }

    private static void acmeEnrols(String memberId) throws Exception {
        NetworkNode acme = NetworkNode.byId(NetworkNode.all(DeskNodes.ROOT.resolve("config").resolve("nodes")), "acme").as("admin");
        int year = LocalDate.now().minusDays(1).getYear();
        String body = "{\"memberId\": \"" + memberId + "\", \"subscriberId\": \"" + memberId + "\", \"planId\": \""
                + NetworkClaims.PLAN_ID + "\", \"effectiveFrom\": \"" + year + "-01-01\"}";
        ClaimsApi.Answer enrolled = new ClaimsApi(NetworkTrust.runningNetwork().sslContext()).post(acme, "api/coverages", body).get(2, TimeUnit.MINUTES);
        assertThat(enrolled.status()).as("enrolling %s: %s", memberId, enrolled.excerpt()).isEqualTo(201);
    }
}
