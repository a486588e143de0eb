package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.LineDecisionInput;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.LineDecision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionFormTest {

    private static LineDecisionForm line(String charge) {
        return new LineDecisionForm(1, "99213", new BigDecimal(charge));
    }

    private static AdjustmentForm adjustment(LineDecisionForm line, AdjustmentGroup group, String carc, String rarc, String amount) {
        line.addAdjustment();
        AdjustmentForm added = line.getAdjustments().get(line.getAdjustments().size() - 1);
        added.setGroup(group);
        added.setCarc(carc);
        added.setRarc(rarc);
        added.setAmount(amount == null ? null : new BigDecimal(amount));
        return added;
    }

    @Test
    void theLinePaysItsChargeLessEveryAdjustmentAndThePatientOwesThePrOnes() {
        LineDecisionForm line = line("150.00");
        line.setDecision(LineDecision.REDUCED);
        adjustment(line, AdjustmentGroup.CO, "45", null, "30");
        adjustment(line, AdjustmentGroup.PR, "1", null, "20.50");

        assertThat(line.getAdjusted()).isEqualByComparingTo("50.50");
        assertThat(line.getPaid()).isEqualByComparingTo("99.50");
        assertThat(line.getPatientPays()).isEqualByComparingTo("20.50");
        assertThat(line.getArithmeticProblem()).isNull();
    }

    @Test
    void anAdjustmentWithoutAnAmountCountsZeroUntilTyped() {
        LineDecisionForm line = line("80.00");
        adjustment(line, AdjustmentGroup.CO, "45", null, null);

        assertThat(line.getPaid()).isEqualByComparingTo("80.00");
    }

    @Test
    void adjustmentsAboveTheChargeAreFlaggedBeforeTheDeskRefusesThem() {
        LineDecisionForm line = line("80.00");
        line.setDecision(LineDecision.REDUCED);
        adjustment(line, AdjustmentGroup.CO, "45", null, "100");

        assertThat(line.getPaid()).isEqualByComparingTo("-20.00");
        assertThat(line.getArithmeticProblem()).contains("exceed the charge (80.00)");
    }

    @Test
    void aDeniedLineMustAdjustItsWholeCharge() {
        LineDecisionForm line = line("80.00");
        line.setDecision(LineDecision.DENIED);
        adjustment(line, AdjustmentGroup.CO, "50", null, "60");

        assertThat(line.getArithmeticProblem()).contains("A denied line pays nothing").contains("20.00 is left");
    }

    @Test
    void aReducedLineWithoutAdjustmentIsFlagged() {
        LineDecisionForm line = line("80.00");
        line.setDecision(LineDecision.REDUCED);

        assertThat(line.getArithmeticProblem()).contains("needs at least one adjustment");
    }

    @Test
    void denyInFullAdjustsTheWholeChargeAsContractual() {
        LineDecisionForm line = line("80.00");
        adjustment(line, AdjustmentGroup.PR, "1", null, "10");

        line.denyInFull();

        assertThat(line.getDecision()).isEqualTo(LineDecision.DENIED);
        assertThat(line.getAdjustments()).singleElement().satisfies(a -> {
            assertThat(a.getGroup()).isEqualTo(AdjustmentGroup.CO);
            assertThat(a.getAmount()).isEqualByComparingTo("80.00");
        });
        assertThat(line.getPaid()).isEqualByComparingTo("0");
        assertThat(line.getArithmeticProblem()).isNull();
    }

    @Test
    void theDeskInputCarriesTheCodesPickedWithoutTheirWords() {
        LineDecisionForm line = line("150.00");
        line.setDecision(LineDecision.REDUCED);
        adjustment(line, AdjustmentGroup.CO, "45 — Charge exceeds the fee schedule", "  ", "30.00");
        adjustment(line, AdjustmentGroup.PR, " 2 ", "N130 — See the plan documents", "12.00");

        LineDecisionInput input = line.toInput();

        assertThat(input.sequence()).isEqualTo(1);
        assertThat(input.decision()).isEqualTo(LineDecision.REDUCED);
        assertThat(input.adjustments()).containsExactly(
                new Adjustment(AdjustmentGroup.CO, "45", null, new BigDecimal("30.00")),
                new Adjustment(AdjustmentGroup.PR, "2", "N130", new BigDecimal("12.00")));
    }

    @Test
    void whatIsMissingStaysMissingSoThatTheDeskNamesTheField() {
        LineDecisionForm line = line("150.00");
        adjustment(line, AdjustmentGroup.CO, "", null, null);

        Adjustment sent = line.toInput().adjustments().get(0);

        assertThat(sent.getCarc()).isNull();
        assertThat(sent.getAmount()).isNull();
    }

    @Test
    void removingAnAdjustmentRemovesThatRowOnly() {
        LineDecisionForm line = line("150.00");
        AdjustmentForm first = adjustment(line, AdjustmentGroup.CO, "45", null, "10");
        adjustment(line, AdjustmentGroup.CO, "45", null, "10");

        line.removeAdjustment(first);

        assertThat(line.getAdjustments()).hasSize(1).doesNotContain(first);
    }

    @Test
    void theDesksFieldNamesTheLineAndTheAdjustmentRow() {
        assertThat(DecisionFieldPaths.lineIndex("lines[0].adjustments[1].amount")).isZero();
        assertThat(DecisionFieldPaths.where("lines[0].adjustments[1].amount")).isEqualTo("adjustment row 2, amount");
        assertThat(DecisionFieldPaths.lineIndex("lines[2].adjustments")).isEqualTo(2);
        assertThat(DecisionFieldPaths.where("lines[2].adjustments")).isEmpty();
        assertThat(DecisionFieldPaths.lineIndex("lines[1].decision")).isEqualTo(1);
        assertThat(DecisionFieldPaths.where("lines[1].decision")).isEqualTo("decision");
        assertThat(DecisionFieldPaths.where("lines[3].adjustments[0].carc")).isEqualTo("adjustment row 1, carc");
        assertThat(DecisionFieldPaths.lineIndex("lines")).isEqualTo(-1);
        assertThat(DecisionFieldPaths.lineIndex(null)).isEqualTo(-1);
    }

    @Test
    void pendCodesAndRequestedItemsAreSplitAsTyped() {
        assertThat(AdjusterActions.codesOf(" OA-133, REVIEW;X ")).containsExactly("OA-133", "REVIEW", "X");
        assertThat(AdjusterActions.codesOf("  ")).isEmpty();
        assertThat(AdjusterActions.linesOf("Operative report\n\n  Discharge summary ")).containsExactly("Operative report", "Discharge summary");
        assertThat(AdjusterActions.linesOf(null)).isEmpty();
    }
}
