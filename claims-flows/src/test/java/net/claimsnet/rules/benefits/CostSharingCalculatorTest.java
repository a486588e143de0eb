package net.claimsnet.rules.benefits;

import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CostSharingCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private static final CostShareTerms DEDUCTIBLE_THEN_20_PERCENT =
            new CostShareTerms(true, BigDecimal.ZERO, new BigDecimal("20"));
    private static final CostSharingCalculator PLAN = new CostSharingCalculator(Money.of("500"), Money.of("3000"));

    private static CostShareLine line(String allowed, CostShareTerms terms, String category) {
        return new CostShareLine(Money.of(allowed), terms, category, DAY, null);
    }

    private static BenefitAccumulators met(String deductible, String outOfPocket) {
        return new BenefitAccumulators(2025, Money.of(deductible), Money.of(outOfPocket), Map.of(), Map.of());
    }

    @Test
    void deductible_is_applied_before_coinsurance() {
        CostShare share = PLAN.apply(met("400", "400"), List.of(line("300.00", DEDUCTIBLE_THEN_20_PERCENT, "SURGERY")))
                .lines().get(0);
        assertThat(share.deductible()).isEqualByComparingTo("100.00");
        assertThat(share.coinsurance()).isEqualByComparingTo("40.00");
        assertThat(share.paid()).isEqualByComparingTo("160.00");
    }

    @Test
    void the_first_line_of_a_claim_meets_the_deductible_before_the_second() {
        CostSharingResult result = PLAN.apply(met("0", "0"), List.of(
                line("450.00", DEDUCTIBLE_THEN_20_PERCENT, "SURGERY"), line("100.00", DEDUCTIBLE_THEN_20_PERCENT, "LAB")));
        assertThat(result.lines().get(0).deductible()).isEqualByComparingTo("450.00");
        assertThat(result.lines().get(1).deductible()).isEqualByComparingTo("50.00");
        assertThat(result.lines().get(1).coinsurance()).isEqualByComparingTo("10.00");
        assertThat(result.accumulatorsAfter().deductibleMet()).isEqualByComparingTo("500.00");
        assertThat(result.accumulatorsAfter().outOfPocketMet()).isEqualByComparingTo("510.00");
    }

    @Test
    void copay_comes_after_the_deductible_and_before_coinsurance() {
        CostShareTerms emergency = new CostShareTerms(true, Money.of("150"), new BigDecimal("20"));
        CostShare share = PLAN.apply(met("480", "480"), List.of(line("210.00", emergency, "EMERGENCY"))).lines().get(0);
        assertThat(share.deductible()).isEqualByComparingTo("20.00");
        assertThat(share.copay()).isEqualByComparingTo("150.00");
        assertThat(share.coinsurance()).isEqualByComparingTo("8.00");
        assertThat(share.paid()).isEqualByComparingTo("32.00");
    }

    @Test
    void a_copay_larger_than_the_allowed_amount_is_limited_to_it() {
        CostShareTerms copay = new CostShareTerms(false, Money.of("40"), BigDecimal.ZERO);
        CostShare share = PLAN.apply(met("0", "0"), List.of(line("25.00", copay, "OFFICE_VISIT"))).lines().get(0);
        assertThat(share.copay()).isEqualByComparingTo("25.00");
        assertThat(share.paid()).isEqualByComparingTo("0.00");
    }

    @Test
    void one_visit_billed_on_two_lines_owes_one_copay() {
        CostShareTerms copay = new CostShareTerms(false, Money.of("40"), BigDecimal.ZERO);
        CostSharingResult result = PLAN.apply(met("0", "0"), List.of(line("30.00", copay, "PHYSICAL_THERAPY"),
                line("28.00", copay, "PHYSICAL_THERAPY")));
        // The first line takes 30.00 of the 40.00 copay, the second the remaining 10.00.
        assertThat(result.lines().get(0).copay()).isEqualByComparingTo("30.00");
        assertThat(result.lines().get(1).copay()).isEqualByComparingTo("10.00");
        assertThat(result.accumulatorsAfter().visitsUsed("PHYSICAL_THERAPY")).isEqualTo(1);
    }

    @Test
    void the_out_of_pocket_maximum_trims_coinsurance_first_and_the_plan_pays_the_rest() {
        CostShare share = PLAN.apply(met("500", "2950"), List.of(line("620.00", DEDUCTIBLE_THEN_20_PERCENT, "SURGERY")))
                .lines().get(0);
        assertThat(share.coinsurance()).isEqualByComparingTo("50.00");
        assertThat(share.paid()).isEqualByComparingTo("570.00");
    }

    @Test
    void the_out_of_pocket_maximum_also_waives_the_copay_once_coinsurance_is_gone() {
        CostShareTerms copayAndCoinsurance = new CostShareTerms(false, Money.of("150"), new BigDecimal("20"));
        CostShare share = PLAN.apply(met("500", "2900"), List.of(line("210.00", copayAndCoinsurance, "EMERGENCY")))
                .lines().get(0);
        // Copay 150.00 + coinsurance 12.00 = 162.00 against 100.00 left: coinsurance goes, copay drops to 100.00.
        assertThat(share.coinsurance()).isEqualByComparingTo("0.00");
        assertThat(share.copay()).isEqualByComparingTo("100.00");
        assertThat(share.paid()).isEqualByComparingTo("110.00");
    }

    @Test
    void coinsurance_rounds_half_up_to_the_cent() {
        CostShareTerms thirtyPercent = new CostShareTerms(false, BigDecimal.ZERO, new BigDecimal("30"));
        CostShare share = PLAN.apply(met("500", "500"), List.of(line("10.05", thirtyPercent, "LAB"))).lines().get(0);
        // 30% of 10.05 is 3.015: half up gives 3.02, and the plan pays the other 7.03.
        assertThat(share.coinsurance()).isEqualByComparingTo("3.02");
        assertThat(share.paid()).isEqualByComparingTo("7.03");
    }

    @Test
    void the_category_maximum_caps_what_the_plan_pays_and_the_member_owes_the_excess() {
        CostShareTerms none = CostShareTerms.NONE;
        CostShareLine acupuncture = new CostShareLine(Money.of("35"), none, "ACUPUNCTURE", DAY, Money.of("600"));
        BenefitAccumulators nearlyUsed = new BenefitAccumulators(2025, Money.ZERO, Money.ZERO, Map.of(),
                Map.of("ACUPUNCTURE", Money.of("580")));
        CostSharingResult result = PLAN.apply(nearlyUsed, List.of(acupuncture));
        assertThat(result.lines().get(0).paid()).isEqualByComparingTo("20.00");
        assertThat(result.lines().get(0).overBenefitMaximum()).isEqualByComparingTo("15.00");
        assertThat(result.accumulatorsAfter().benefitPaid("ACUPUNCTURE")).isEqualByComparingTo("600.00");
        assertThat(result.accumulatorsAfter().outOfPocketMet()).as("the excess does not count toward the maximum")
                .isEqualByComparingTo("0.00");
    }

    @Test
    void every_line_splits_its_allowed_amount_exactly() {
        CostSharingResult result = PLAN.apply(met("123.45", "2987.65"), List.of(
                line("99.99", DEDUCTIBLE_THEN_20_PERCENT, "LAB"), line("1234.57", DEDUCTIBLE_THEN_20_PERCENT, "SURGERY"),
                line("0.01", DEDUCTIBLE_THEN_20_PERCENT, "LAB")));
        List<String> allowed = List.of("99.99", "1234.57", "0.01");
        for (int i = 0; i < allowed.size(); i++) {
            CostShare share = result.lines().get(i);
            assertThat(share.memberCostShare().add(share.overBenefitMaximum()).add(share.paid()))
                    .isEqualByComparingTo(allowed.get(i));
        }
        assertThat(result.accumulatorsAfter().outOfPocketMet()).isEqualByComparingTo("3000.00");
    }
}
