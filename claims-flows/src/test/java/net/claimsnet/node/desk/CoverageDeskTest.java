package net.claimsnet.node.desk;

import net.claimsnet.flows.rules.drools.DroolsAdjudicationRules;
import net.claimsnet.flows.rules.drools.DroolsScrubRules;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.rules.drools.DroolsRules;
import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The insurer's coverage desk on the deterministic in-JVM network with the shipped Drools rules and
 * reference data (config/rules, config/reference): a member enrolled on ACME-PPO-GOLD has a claim
 * filed at St. Mary and adjudicated by the rules, with the plan's deductible; and every refusal
 * (unknown plan, overlapping dates, wrong role, wrong node) comes before any flow.
 */
class CoverageDeskTest {

    private static final String PLAN = "ACME-PPO-GOLD";
    private static final String ST_MARY_NPI = "1234567893";
    private static final LocalDate SERVICE_DATE = LocalDate.of(2025, 3, 3);
    private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);

    private static final DeskUser ADMIN = DeskUser.of("admin@acme", DeskRole.NODE_ADMIN);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);
    private static final DeskUser BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);

    private final DroolsRules rules = RulesFixture.rules();
    private final Supplier<ReferenceData> reference = () -> rules.adjudicationRules().current().referenceData();
    private final InMemoryNetwork network = InMemoryNetwork.deterministic()
            .scrubRules(new DroolsScrubRules(rules.scrubber(), details -> PLAN))
            .adjudicationRules(new DroolsAdjudicationRules(rules.adjudicator(),
                    Clock.fixed(InMemoryNetwork.DEFAULT_START, ZoneOffset.UTC)))
            .build();
    private final InMemoryClaimAuditTrail insurerAudit = new InMemoryClaimAuditTrail(network.clock());
    private final CoverageDesk coverages = coverageDesk(network.insurer(), insurerAudit);

    private CoverageDesk coverageDesk(Node node, ClaimAuditTrail audit) {
        return new CoverageDesk(node, reference, audit, handle -> network.runNetwork());
    }

    private ClaimDesk claimDesk(Node node) {
        return new ClaimDesk(node, new InMemoryClaimAuditTrail(network.clock()), handle -> network.runNetwork());
    }

    @AfterEach
    void close() {
        network.close();
    }

    private static Enrollment gold(String member) {
        return new Enrollment(member, null, PLAN, YEAR_START, null);
    }

    // ---- enrolment and a claim on it ----------------------------------------------------------

    @Test
    void anEnrolledMembersClaimFromStMaryIsAdjudicatedByTheRulesAgainstThePlansDeductible() {
        EnrolledCoverage enrolled = coverages.enroll(ADMIN, gold("M-7001"));

        CoverageState coverage = enrolled.coverage();
        assertThat(coverage.getStatus()).isEqualTo(CoverageStatus.ACTIVE);
        assertThat(coverage.getPlanName()).isEqualTo("Acme PPO Gold");
        assertThat(coverage.getSubscriberId()).isEqualTo("M-7001");
        assertThat(coverage.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(coverage.getBenefits().getDeductible()).isEqualByComparingTo("500.00");
        assertThat(coverage.getBenefits().getOutOfPocketMaximum()).isEqualByComparingTo("3000.00");
        assertThat(coverage.getBenefits().getCopay()).isEqualByComparingTo("30.00");
        assertThat(coverage.getBenefits().getCoinsurancePercent()).isEqualTo(20);
        assertThat(coverage.getBenefits().getVisitLimits()).containsEntry("PHYSICAL_THERAPY", 20)
                .containsEntry("CHIROPRACTIC", 12).containsEntry("ACUPUNCTURE", 10);
        BenefitAccumulatorState accumulator = enrolled.accumulator();
        assertThat(accumulator.getPlanYear()).isEqualTo(2025);
        assertThat(accumulator.getDeductibleLimit()).isEqualByComparingTo("500.00");
        assertThat(accumulator.getOutOfPocketLimit()).isEqualByComparingTo("3000.00");
        assertThat(accumulator.getDeductibleMet()).isEqualByComparingTo("0");

        FilingResult filed = claimDesk(network.stMary()).submit(BILLING, claim("CLM-COV-1", "M-7001"), null);
        assertThat(filed.isFiled()).as("filed: %s", filed.findings()).isTrue();
        ClaimState adjudicated = claimDesk(network.insurer()).adjudicateByRules(ADJUSTER, ClaimDesk.idOf(filed.filed()));

        assertThat(adjudicated.getStatus()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(adjudicated.getAdjudication().getOutcome()).isEqualTo(AdjudicationOutcome.APPROVED);
        assertThat(adjudicated.getAdjudication().getDecidedBy()).isEqualTo(DroolsAdjudicationRules.DECIDED_BY);
        EnrolledCoverage after = coverages.coverage(ADJUSTER, enrolled.id());
        assertThat(after.accumulator().getDeductibleMet()).isEqualByComparingTo("8.50");
        assertThat(after.accumulator().getOutOfPocketMet())
                .isEqualByComparingTo(adjudicated.getAdjudication().totalPatientResponsibility());
        assertThat(insurerAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::action, InMemoryClaimAuditTrail.Entry::claimId,
                        InMemoryClaimAuditTrail.Entry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("ENROLL", enrolled.id(), "ALLOWED"),
                        org.assertj.core.groups.Tuple.tuple("READ_COVERAGE", enrolled.id(), "ALLOWED"));
    }

    @Test
    void withoutEnrolmentTheInsurerRefusesTheClaimForNoActiveCoverage() {
        assertThatThrownBy(() -> claimDesk(network.stMary()).submit(BILLING, claim("CLM-COV-2", "M-7002"), null))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("no active coverage");
    }

    // ---- refusals before any flow -------------------------------------------------------------

    @Test
    void anUnknownPlanIsAnInputErrorNamingThePlanFieldAndNothingIsRecorded() {
        assertThatThrownBy(() -> coverages.enroll(ADMIN, new Enrollment("M-7003", null, "ACME-PLATINUM", YEAR_START, null)))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> assertThat(e.field()).isEqualTo("planId"))
                .hasMessageContaining("No plan ACME-PLATINUM").hasMessageContaining("ACME-PPO-GOLD");
        assertNothingOnTheLedger();
    }

    @Test
    void datesOutsideOnePlanYearOrBackwardsAreInputErrorsNamingTheField() {
        assertThatThrownBy(() -> coverages.enroll(ADMIN, new Enrollment("M-7004", null, PLAN, YEAR_START, LocalDate.of(2026, 1, 31))))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> assertThat(e.field()).isEqualTo("effectiveTo"));
        assertThatThrownBy(() -> coverages.enroll(ADMIN, new Enrollment("M-7004", null, PLAN, YEAR_START, LocalDate.of(2024, 12, 31))))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> assertThat(e.field()).isEqualTo("effectiveTo"));
        assertThatThrownBy(() -> coverages.enroll(ADMIN, new Enrollment("M-7004", null, PLAN, null, null)))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        assertThatThrownBy(() -> coverages.enroll(ADMIN, new Enrollment(" ", null, PLAN, YEAR_START, null)))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> assertThat(e.field()).isEqualTo("memberId"));
        assertNothingOnTheLedger();
    }

    @Test
    void enrollingAMemberCoveredForOverlappingDatesIsAConflictNamingTheCoverage() {
        EnrolledCoverage first = coverages.enroll(ADMIN, gold("M-7005"));

        assertThatThrownBy(() -> coverages.enroll(ADMIN, new Enrollment("M-7005", null, "ACME-HMO-SILVER",
                LocalDate.of(2025, 6, 1), null)))
                .isInstanceOfSatisfying(CoverageConflictException.class, e -> assertThat(e.overlapping()).isEqualTo(first.id()))
                .hasMessageContaining(first.id());
        assertThat(coverages.coverages(ADMIN, "M-7005")).extracting(EnrolledCoverage::id).containsExactly(first.id());
    }

    @Test
    void afterATerminationTheMemberCanBeEnrolledOnAnotherPlanForTheRestOfTheYear() {
        EnrolledCoverage gold = coverages.enroll(ADMIN, gold("M-7006"));

        EnrolledCoverage ended = coverages.terminate(ADMIN, "M-7006", LocalDate.of(2025, 5, 31));
        EnrolledCoverage silver = coverages.enroll(ADMIN, new Enrollment("M-7006", "S-7006", "ACME-HMO-SILVER",
                LocalDate.of(2025, 6, 1), null));

        assertThat(ended.id()).isEqualTo(gold.id());
        assertThat(ended.coverage().getStatus()).isEqualTo(CoverageStatus.TERMINATED);
        assertThat(ended.coverage().getPeriodEnd()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(silver.accumulator().getDeductibleLimit()).isEqualByComparingTo("1500.00");
        assertThat(coverages.coverages(ADJUSTER, "M-7006")).extracting(c -> c.coverage().getStatus())
                .containsExactly(CoverageStatus.ACTIVE, CoverageStatus.TERMINATED);
        assertThatThrownBy(() -> coverages.terminate(ADMIN, gold.id(), LocalDate.of(2025, 4, 30)))
                .isInstanceOf(CoverageConflictException.class).hasMessageContaining("TERMINATED");
        assertThatThrownBy(() -> coverages.terminate(ADMIN, silver.id(), LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> assertThat(e.field()).isEqualTo("lastDay"));
        assertThatThrownBy(() -> coverages.terminate(ADMIN, "M-9999", LocalDate.of(2025, 4, 30)))
                .isInstanceOf(CoverageNotFoundException.class);
    }

    @Test
    void reEnrollingOnTheSamePlanAndYearKeepsTheAccumulatorOpenAlready() {
        EnrolledCoverage first = coverages.enroll(ADMIN, new Enrollment("M-7007", null, PLAN, YEAR_START, LocalDate.of(2025, 3, 31)));
        EnrolledCoverage second = coverages.enroll(ADMIN, new Enrollment("M-7007", null, PLAN, LocalDate.of(2025, 4, 1), null));

        assertThat(second.accumulator().getLinearId()).isEqualTo(first.accumulator().getLinearId());
        assertThat(network.insurer().ledger().vault().unconsumed(BenefitAccumulatorState.class)).hasSize(1);
    }

    @Test
    void onlyANodeAdminEnrolsAndTerminatesAdjustersReadAndBillingStaffDoNeither() {
        assertThatThrownBy(() -> coverages.enroll(ADJUSTER, gold("M-7008")))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("Only NODE_ADMIN");
        assertThatThrownBy(() -> coverages.coverages(BILLING, null)).isInstanceOf(DeskAccessDeniedException.class);
        EnrolledCoverage enrolled = coverages.enroll(ADMIN, gold("M-7008"));
        assertThatThrownBy(() -> coverages.terminate(ADJUSTER, enrolled.id(), LocalDate.of(2025, 6, 30)))
                .isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> coverages.coverage(BILLING, enrolled.id())).isInstanceOf(DeskAccessDeniedException.class);

        assertThat(coverages.coverages(ADJUSTER, null)).extracting(EnrolledCoverage::id).containsExactly(enrolled.id());
        assertThat(insurerAudit.entries()).filteredOn(e -> e.outcome().equals("DENIED")).hasSize(4);
    }

    @Test
    void aProviderNodeRefusesEvenItsAdministrator() {
        CoverageDesk atStMary = coverageDesk(network.stMary(), new InMemoryClaimAuditTrail(network.clock()));

        assertThatThrownBy(() -> atStMary.enroll(DeskUser.of("admin@stmary", DeskRole.NODE_ADMIN), gold("M-7009")))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("this is a provider node");
        assertThatThrownBy(() -> atStMary.coverages(DeskUser.of("admin@stmary", DeskRole.NODE_ADMIN), null))
                .isInstanceOf(DeskAccessDeniedException.class);
        assertNothingOnTheLedger();
    }

    @Test
    void anUnknownCoverageIdIsNotFound() {
        assertThatThrownBy(() -> coverages.coverage(ADMIN, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(CoverageNotFoundException.class);
        assertThatThrownBy(() -> coverages.coverage(ADMIN, "not-an-id")).isInstanceOf(CoverageNotFoundException.class);
    }

    // ---- bulk ---------------------------------------------------------------------------------

    @Test
    void aBulkEnrolmentReportsEachMemberEnrolledCoveredAlreadyOrRefusedWithTheField() {
        EnrolledCoverage existing = coverages.enroll(ADMIN, gold("M-7011"));

        List<EnrollmentOutcome> outcomes = coverages.enrollAll(ADMIN, Arrays.asList(gold("M-7010"), gold("M-7011"),
                new Enrollment("M-7012", null, "NO-SUCH-PLAN", YEAR_START, null), null, gold("M-7010")));

        assertThat(outcomes).extracting(EnrollmentOutcome::result).containsExactly(EnrollmentOutcome.Result.ENROLLED,
                EnrollmentOutcome.Result.ALREADY_COVERED, EnrollmentOutcome.Result.REFUSED, EnrollmentOutcome.Result.REFUSED,
                EnrollmentOutcome.Result.ALREADY_COVERED);
        assertThat(outcomes.get(1).coverageId()).isEqualTo(existing.id());
        assertThat(outcomes.get(4).coverageId()).isEqualTo(outcomes.get(0).coverageId());
        assertThat(outcomes.get(2).field()).isEqualTo("members[2].planId");
        assertThat(outcomes.get(3).field()).isEqualTo("members[3].memberId");
        assertThat(network.insurer().ledger().vault().unconsumed(CoverageState.class)).hasSize(2);
    }

    @Test
    void aBulkEnrolmentNeedsANodeAdminAndAtLeastOneMember() {
        assertThatThrownBy(() -> coverages.enrollAll(ADJUSTER, List.of(gold("M-7013"))))
                .isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> coverages.enrollAll(ADMIN, List.of()))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> assertThat(e.field()).isEqualTo("members"));
        assertNothingOnTheLedger();
    }

    private void assertNothingOnTheLedger() {
        for (Node node : network.nodes()) {
            assertThat(node.ledger().vault().unconsumed(CoverageState.class)).as(node.name().toString()).isEmpty();
            assertThat(node.ledger().vault().unconsumed(BenefitAccumulatorState.class)).as(node.name().toString()).isEmpty();
        }
    }

    /** An office visit and a blood count at St. Mary, as the shipped rules approve them on Acme PPO Gold. */
    private static ClaimDetails claim(String claimId, String member) {
        return new ClaimDetails(claimId, ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient(member, "Ana", "Silva", LocalDate.of(1975, 8, 14), Sex.F), member, ST_MARY_NPI,
                "ACME", new ArrayList<>(List.of("E11.9", "I10")), null, FrequencyCode.ORIGINAL, null, new ArrayList<>(),
                new ArrayList<>(List.of(line(1, "99213", "150.00", 1, 2), line(2, "85025", "40.00", 1))));
    }

    private static ServiceLine line(int sequence, String code, String charge, Integer... pointers) {
        return new ServiceLine(sequence, code, new ArrayList<>(), 1, new BigDecimal(charge), SERVICE_DATE, "11",
                new ArrayList<>(List.of(pointers)));
    }
}
