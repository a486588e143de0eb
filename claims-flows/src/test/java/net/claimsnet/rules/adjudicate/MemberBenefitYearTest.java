package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.Coverage;
import net.claimsnet.rules.model.GroupCode;
import net.claimsnet.rules.model.LineResult;
import net.claimsnet.rules.model.ServiceLineInput;
import net.claimsnet.states.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertBalanced;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One member's plan year on Acme PPO Gold (deductible 500.00, out-of-pocket maximum 3000.00, 20%
 * coinsurance, 30.00 office copay, 150.00 emergency copay): each claim starts from the accumulators the
 * previous one left, and the deductible, copay, coinsurance and out-of-pocket maximum take their turns.
 */
class MemberBenefitYearTest {

    private static final String MEMBER = "M-3003";
    private static final Coverage COVERAGE = new Coverage(MEMBER, "ACME-PPO-GOLD", LocalDate.of(2025, 1, 1), null);

    private BenefitAccumulators accumulators = BenefitAccumulators.empty(2025);
    private int claimNumber;

    @Test
    void deductible_then_copay_then_coinsurance_then_the_out_of_pocket_maximum_apply_in_order() {
        // January: knee MRI. Allowed 225.00, all of it deductible.
        LineResult mri = adjudicateOne(LocalDate.of(2025, 1, 13), "M23.221", "PA-2025-0007",
                line("73721", 1, "1200.00", "22"));
        assertShares(mri, "225.00", "0.00", "0.00", "0.00");
        assertAccumulated("225.00", "225.00");

        // February: arthroscopy. Allowed 620.00: the last 275.00 of deductible, then 20% of 345.00.
        LineResult arthroscopy = adjudicateOne(LocalDate.of(2025, 2, 17), "M23.221", null,
                line("29881", 1, "4000.00", "24"));
        assertShares(arthroscopy, "275.00", "0.00", "69.00", "276.00");
        assertAccumulated("500.00", "569.00");

        // March: follow-up office visit. The deductible does not apply to it; the copay does.
        LineResult visit = adjudicateOne(LocalDate.of(2025, 3, 10), "M23.221", null, line("99213", 1, "150.00", "11"));
        assertShares(visit, "0.00", "30.00", "0.00", "65.00");
        assertAccumulated("500.00", "599.00");

        // April: emergency room for a broken wrist. Deductible met: copay 150.00, then 20% of 60.00.
        LineResult emergency = adjudicateOne(LocalDate.of(2025, 4, 5), "S52.501A", null,
                line("99285", 1, "1800.00", "23"));
        assertShares(emergency, "0.00", "150.00", "12.00", "48.00");
        assertAccumulated("500.00", "761.00");

        // May: first rituximab infusion, 100 units. Allowed 9000.00: 20% coinsurance, 1800.00.
        LineResult firstInfusion = adjudicateOne(LocalDate.of(2025, 5, 6), "C83.30", "PA-2025-0311",
                line("J9312", 100, "9800.00", "22"));
        assertShares(firstInfusion, "0.00", "0.00", "1800.00", "7200.00");
        assertAccumulated("500.00", "2561.00");

        // June: second infusion. Only 439.00 is left before the out-of-pocket maximum; the plan pays the rest.
        LineResult secondInfusion = adjudicateOne(LocalDate.of(2025, 6, 3), "C83.30", "PA-2025-0311",
                line("J9312", 100, "9800.00", "22"));
        assertShares(secondInfusion, "0.00", "0.00", "439.00", "8561.00");
        assertAccumulated("500.00", "3000.00");

        // July: office visit after the maximum: no copay, the plan pays the whole allowed amount.
        LineResult afterMaximum = adjudicateOne(LocalDate.of(2025, 7, 1), "C83.30", null,
                line("99213", 1, "150.00", "11"));
        assertShares(afterMaximum, "0.00", "0.00", "0.00", "95.00");
        assertAccumulated("500.00", "3000.00");
    }

    private LineResult adjudicateOne(LocalDate date, String diagnosis, String priorAuthorization,
                                     ServiceLineInput.Builder line) {
        ClaimInput claim = ClaimInput.builder()
                .claimId("CLM-3003-" + (++claimNumber))
                .memberId(MEMBER)
                .patientBirthDate(LocalDate.of(1971, 9, 14))
                .patientSex(Sex.M)
                .billingProviderNpi("1609871235")
                .payerId("ACME")
                .planId("ACME-PPO-GOLD")
                .diagnosisCodes(diagnosis)
                .priorAuthorizationNumber(priorAuthorization)
                .line(line.dateOfService(date).build())
                .build();
        AdjudicationResult result = RulesFixture.adjudicate(claim, COVERAGE, accumulators, date.plusDays(7));
        assertThat(result.outcome()).isEqualTo(ClaimOutcome.APPROVED);
        accumulators = result.accumulatorsAfter();
        LineResult only = result.line(1);
        assertBalanced(only);
        return only;
    }

    private static ServiceLineInput.Builder line(String code, int units, String charge, String placeOfService) {
        return ServiceLineInput.builder().procedureCode(code).units(units).charge(charge).placeOfService(placeOfService)
                .diagnosisPointers(1);
    }

    private static void assertShares(LineResult line, String deductible, String copay, String coinsurance,
                                     String paid) {
        assertThat(line.adjusted(GroupCode.PR, "1")).as("deductible").isEqualByComparingTo(deductible);
        assertThat(line.adjusted(GroupCode.PR, "3")).as("copay").isEqualByComparingTo(copay);
        assertThat(line.adjusted(GroupCode.PR, "2")).as("coinsurance").isEqualByComparingTo(coinsurance);
        assertThat(line.paid()).as("paid").isEqualByComparingTo(paid);
    }

    private void assertAccumulated(String deductibleMet, String outOfPocketMet) {
        assertThat(accumulators.deductibleMet()).as("deductible met").isEqualByComparingTo(deductibleMet);
        assertThat(accumulators.outOfPocketMet()).as("out of pocket met").isEqualByComparingTo(outOfPocketMet);
    }
}
