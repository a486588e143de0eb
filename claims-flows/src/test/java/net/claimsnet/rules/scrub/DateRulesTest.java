package net.claimsnet.rules.scrub;

import net.claimsnet.rules.fixtures.Claims;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.Finding;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.RulesFixture.scrub;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertFinding;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertNoFinding;
import static net.claimsnet.rules.model.Severity.ERROR;
import static net.claimsnet.rules.model.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

class DateRulesTest {

    @Test
    void a_birth_date_after_the_submission_date_is_refused() {
        String rule = "Birth date cannot be in the future";
        assertFinding(rule, officeVisit().patientBirthDate(Claims.RECEIVED.plusDays(1)).build(), ERROR,
                "patientBirthDate");
        assertNoFinding(rule, officeVisit().patientBirthDate(Claims.RECEIVED).build());
    }

    @Test
    void a_date_of_service_after_the_submission_date_is_refused_but_the_same_day_is_accepted() {
        String rule = "Date of service cannot be in the future";
        assertFinding(rule, officeVisitWithLine(line("99213").dateOfService(Claims.RECEIVED.plusDays(1)).build())
                .build(), ERROR, "serviceLines[0].dateOfService");
        assertNoFinding(rule, officeVisitWithLine(line("99213").dateOfService(Claims.RECEIVED).build()).build());
    }

    @Test
    void a_date_of_service_before_the_birth_date_is_refused() {
        String rule = "Date of service cannot be before the patient was born";
        ClaimInput newborn = officeVisit().patientBirthDate(Claims.SERVICE_DATE.plusDays(1)).build();
        assertFinding(rule, newborn, ERROR, "serviceLines[0].dateOfService");
        assertNoFinding(rule, officeVisit().patientBirthDate(Claims.SERVICE_DATE).build());
    }

    @Test
    void a_claim_submitted_after_the_plans_filing_limit_is_refused() {
        String rule = "Claim must be submitted within the plan's timely filing limit";
        // Acme PPO Gold accepts claims for 180 days after the date of service.
        ClaimInput claim = officeVisit().build();
        List<Finding> late = scrub(claim, Claims.SERVICE_DATE.plusDays(181)).findings().stream()
                .filter(f -> f.rule().equals(rule)).toList();
        assertThat(late).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(ERROR);
            assertThat(f.fieldPath()).isEqualTo("serviceLines[0].dateOfService");
            assertThat(f.message()).contains("181 days").contains("180 days");
        });
        assertThat(scrub(claim, Claims.SERVICE_DATE.plusDays(180)).findings()).noneMatch(f -> f.rule().equals(rule));
    }

    @Test
    void a_claim_within_two_weeks_of_the_filing_limit_gets_a_warning() {
        String rule = "Claim close to the timely filing limit is flagged";
        ClaimInput claim = officeVisit().build();
        LocalDate nearLimit = Claims.SERVICE_DATE.plusDays(170);
        assertThat(scrub(claim, nearLimit).findings()).filteredOn(f -> f.rule().equals(rule)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(WARNING));
        assertThat(scrub(claim, Claims.SERVICE_DATE.plusDays(166)).findings()).noneMatch(f -> f.rule().equals(rule));
        assertThat(scrub(claim, Claims.SERVICE_DATE.plusDays(181)).findings()).noneMatch(f -> f.rule().equals(rule));
    }
}
