package net.claimsnet.web.e2e.desk;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One claim through the three desks in a real browser, as their users work: Acme's administrator
 * enrols a new member; St. Mary's clerk writes the claim, the payer's scrub rules flag a diagnosis
 * code on "Check", the clerk fixes it and submits; Acme's adjuster finds the claim in the work queue,
 * reduces one line with CARC 97 (bundled), approves the other and releases payment; the clerk sees the payment
 * and exports the remittance; the regulator's auditor finds the claim, traces it and verifies its
 * integrity, and exports the dossier. Each screen is checked with axe-core and photographed.
 */
class DeskJourneyE2E extends WithDeskBrowser {

    /** A code the ICD-10-CM format refuses (five characters after the dot); the fix is E11.9. */
    private static final String MALFORMED_DIAGNOSIS = "E11.99999";

    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
    private final String memberId = "M-D" + run;
    private final LocalDate serviceDate = LocalDate.now().minusDays(1);

    @Test
    void a_claim_goes_from_the_clerk_through_the_adjuster_to_the_auditor() {
        try {
            theInsurerEnrolsTheMember();
            String ledgerId = theClerkFilesAClaimAfterFixingWhatTheScrubFlags();
            String claimId = browser.text(By.id("claim-id"));
            theAdjusterReducesALineAndPays(claimId, ledgerId);
            theClerkSeesThePaymentAndExportsTheRemittance(claimId, ledgerId);
            theAuditorTracesTheClaimAndVerifiesItsIntegrity(claimId, ledgerId);
        } catch (AssertionError | RuntimeException failure) {
            browser.screenshot("failed-journey");
            throw failure;
        }
    }

    private void theInsurerEnrolsTheMember() {
        browser.forgetSessions().login("admin@acme", DeskUsers.passwordOf("admin@acme")).open("acme", "/admin/enrolment.xhtml");
        LocalDate yearStart = serviceDate.withDayOfYear(1);
        browser.type(By.id("enrol-form:memberId"), memberId)
                .type(By.id("enrol-form:subscriberId"), "S-D" + run);
        new Select(browser.waitFor(By.id("enrol-form:planId"))).selectByValue("ACME-PPO-GOLD");
        browser.type(By.id("enrol-form:effectiveFrom"), yearStart.toString())
                .type(By.id("enrol-form:effectiveTo"), yearStart.plusYears(1).minusDays(1).toString());
        browser.driver().findElement(By.id("enrol-form:enrol")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("enrol-last"), memberId));
    }

    private String theClerkFilesAClaimAfterFixingWhatTheScrubFlags() {
        browser.forgetSessions().login("billing@stmary", DeskUsers.passwordOf("billing@stmary")).open("stmary", "/billing/new-claim.xhtml");
        browser.type(By.id("new-claim:memberId"), memberId)
                .type(By.id("new-claim:planId"), "ACME-PPO-GOLD")
                .type(By.id("new-claim:firstName"), "Dana")
                .type(By.id("new-claim:lastName"), "Desk")
                .typeDate(By.id("new-claim:birthDate"), LocalDate.of(1980, 5, 17));
        new Select(browser.waitFor(By.id("new-claim:sex"))).selectByValue("F");
        browser.type(By.id("new-claim:subscriberId"), "S-D" + run)
                .type(By.id("new-claim:billingProviderNpi"), "1234567893")
                .type(By.id("new-claim:payerId"), "ACME")
                .type(By.id("new-claim:diagnoses:0:diagnosis_input"), MALFORMED_DIAGNOSIS);
        fillLine(0, "99213", "150.00");
        browser.driver().findElement(By.id("new-claim:add-line")).click();
        browser.settle();
        fillLine(1, "85025", "40.00");

        browser.driver().findElement(By.id("new-claim:look-up-member")).click();
        browser.settle();
        assertThat(browser.text(By.id("new-claim:member-coverage"))).as("the insurer's answer to the member look-up")
                .contains("is covered on " + serviceDate).contains("Deductible left");

        browser.driver().findElement(By.id("new-claim:check")).click();
        browser.settle();
        By diagnosisFinding = By.cssSelector("[id='new-claim:diagnoses:0:diagnosis-findings'] .finding-error");
        assertThat(browser.text(diagnosisFinding)).as("the scrub's finding next to the diagnosis").isNotBlank();
        browser.screenshot("billing-new-claim-findings");
        browser.assertAccessible("billing-new-claim-findings");

        browser.type(By.id("new-claim:diagnoses:0:diagnosis_input"), "E11.9");
        browser.driver().findElement(By.id("new-claim:check")).click();
        browser.settle();
        assertThat(browser.driver().findElements(By.cssSelector(".finding-error"))).as("no errors once fixed").isEmpty();

        browser.driver().findElement(By.id("new-claim:submit")).click();
        browser.waitFor(ExpectedConditions.urlContains("/claims/claim.xhtml"));
        assertThat(browser.text(By.id("claim-status"))).isEqualTo("SUBMITTED");
        browser.screenshot("claim-submitted");
        return browser.currentPath().replaceFirst(".*[?&]id=([^&]+).*", "$1");
    }

    private void fillLine(int line, String procedure, String charge) {
        String at = "new-claim:lines:" + line + ":";
        browser.type(By.id(at + "procedure_input"), procedure)
                .type(By.id(at + "units"), "1")
                .type(By.id(at + "charge"), charge)
                .typeDate(By.id(at + "dateOfService"), serviceDate)
                .type(By.id(at + "pointers"), "1");
        new Select(browser.waitFor(By.id(at + "placeOfService"))).selectByValue("11");
        browser.settle();
    }

    private void theAdjusterReducesALineAndPays(String claimId, String ledgerId) {
        browser.forgetSessions().login("adjuster@acme", DeskUsers.passwordOf("adjuster@acme")).open("acme", "/adjuster/queue.xhtml?status=SUBMITTED");
        browser.type(By.id("queue-form:memberId"), memberId);
        browser.driver().findElement(By.id("queue-form:apply")).click();
        browser.settle();
        browser.waitFor(By.linkText(claimId)).click();
        browser.waitFor(ExpectedConditions.urlContains("id=" + ledgerId));

        String row0 = "decision-form:decision-table:0:";
        new Select(browser.waitFor(By.id(row0 + "decision"))).selectByValue("REDUCED");
        browser.settle();
        browser.driver().findElement(By.id(row0 + "add-adjustment")).click();
        browser.settle();
        new Select(browser.waitFor(By.id(row0 + "adjustments:0:group"))).selectByValue("CO");
        browser.settle();
        browser.type(By.id(row0 + "adjustments:0:carc_input"), "97").settle();
        browser.type(By.id(row0 + "adjustments:0:amount"), "30.00").settle();
        new Select(browser.waitFor(By.id("decision-form:decision-table:1:decision"))).selectByValue("APPROVED");
        browser.settle();
        assertThat(browser.text(By.id(row0 + "line-paid"))).contains("120.00");
        browser.screenshot("adjuster-claim-decision");
        browser.assertAccessible("adjuster-claim-decision");

        browser.driver().findElement(By.id("decision-form:decide")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-status"), "PARTIALLY_APPROVED"));
        assertThat(browser.text(By.id("claim-lines"))).contains("CO-97").contains("REDUCED");

        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("settle-form:settle"))).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-status"), "SETTLED"));
        assertThat(browser.text(By.id("settlement-amount"))).isEqualTo("$160.00");
        browser.screenshot("adjuster-claim-settled");

        browser.open("acme", "/adjuster/payments.xhtml");
        String remittance = new String(browser.download("remittance-form", "remittance-form:download-835"), StandardCharsets.ISO_8859_1);
        assertThat(remittance).as("the adjuster's 835 for the last days' payments").startsWith("ISA").contains("ST*835")
                .contains("CLP*" + claimId + "*");
    }

    private void theClerkSeesThePaymentAndExportsTheRemittance(String claimId, String ledgerId) {
        browser.forgetSessions().login("billing@stmary", DeskUsers.passwordOf("billing@stmary"));
        awaitStatus("stmary", ledgerId, "SETTLED");
        assertThat(browser.text(By.id("claim-lines"))).contains("paid as part of another service");
        browser.screenshot("billing-claim-paid");
        browser.assertAccessible("billing-claim-paid");

        browser.open("stmary", "/billing/remittance.xhtml");
        assertThat(browser.text(By.id("remittance:remittance-table"))).contains(claimId);
        browser.screenshot("billing-remittance");
        String csv = new String(browser.download("remittance", "remittance:export-csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(claimId).contains("160.00");
        byte[] pdf = browser.download("remittance", "remittance:export-pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String remittance = new String(browser.download("remittance", "remittance:download-835"), StandardCharsets.ISO_8859_1);
        assertThat(remittance).as("the clerk's 835 of the remittance shown").startsWith("ISA").contains("ST*835")
                .contains("CLP*" + claimId + "*");
    }

    private void theAuditorTracesTheClaimAndVerifiesItsIntegrity(String claimId, String ledgerId) {
        browser.forgetSessions().login("auditor@regulator", DeskUsers.passwordOf("auditor@regulator")).open("regulator", "/audit/search.xhtml");
        browser.type(By.id("audit-search:claimId"), claimId);
        browser.driver().findElement(By.id("audit-search:search")).click();
        browser.settle();
        browser.waitFor(By.linkText(claimId)).click();
        browser.waitFor(ExpectedConditions.urlContains("id=" + ledgerId));
        awaitStatus("regulator", ledgerId, "SETTLED");
        assertThat(browser.text(By.id("claim-timeline"))).contains("Submit").contains("Adjudicate").contains("Settle");
        assertThat(browser.text(By.id("claim-lines"))).as("the reason in words on a node without rules too")
                .contains("paid as part of another service");

        browser.driver().findElement(By.id("audit-panel:verify-integrity")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("integrity-verdict"), "verified"));
        assertThat(browser.text(By.id("integrity-verdict"))).isEqualTo("All 3 transactions verified");
        assertThat(browser.text(By.id("audit-panel:read-log"))).as("every party's read log, disclosed to the auditor")
                // The first page holds the newest entries: the parties' disclosures of their logs to this
                // auditor (their own users' reads follow on later pages; ClaimReadLogAcrossNodesTest).
                .contains("auditor@regulator").contains("St. Mary Hospital").contains("Acme Health Insurance")
                .contains("DISCLOSE_READ_LOG");
        browser.screenshot("audit-claim-verified");
        browser.assertAccessible("audit-claim-verified");

        byte[] dossier = browser.download("audit-panel", "audit-panel:export-dossier");
        assertThat(new String(dossier, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** The claim page on the node until it shows the status: a peer records a transaction shortly after the flow that made it. */
    private void awaitStatus(String node, String ledgerId, String status) {
        long deadline = System.nanoTime() + DeskBrowser.WAIT.toNanos();
        while (true) {
            browser.open(node, "/claims/claim.xhtml?id=" + ledgerId);
            if (!browser.driver().findElements(By.id("claim-status")).isEmpty()
                    && status.equals(browser.driver().findElement(By.id("claim-status")).getText())) {
                return;
            }
            assertThat(System.nanoTime()).as("the claim is " + status + " at " + node).isLessThan(deadline);
            sleep();
        }
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
