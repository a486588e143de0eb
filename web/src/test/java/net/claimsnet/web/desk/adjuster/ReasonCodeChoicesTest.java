package net.claimsnet.web.desk.adjuster;

import net.claimsnet.rules.reference.ReasonCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CARC and RARC pickers over the reference data's list of codes. */
class ReasonCodeChoicesTest {

    private static final List<ReasonCode> CARCS = List.of(
            new ReasonCode("CARC", "1", "Deductible: the member pays this until the yearly deductible is met."),
            new ReasonCode("CARC", "45", "Charge exceeds the contracted fee schedule."),
            new ReasonCode("CARC", "96", "Non-covered charge."),
            new ReasonCode("CARC", "97", "Included in another service (bundled)."));

    @Test
    void codesMatchByTheirStartOrTheirWords() {
        assertThat(ReasonCodeChoices.matching(CARCS, "9")).containsExactly("96", "97");
        assertThat(ReasonCodeChoices.matching(CARCS, " FEE ")).containsExactly("45");
        assertThat(ReasonCodeChoices.matching(CARCS, "")).containsExactly("1", "45", "96", "97");
        assertThat(ReasonCodeChoices.matching(CARCS, null)).hasSize(4);
        assertThat(ReasonCodeChoices.matching(CARCS, "zzz")).isEmpty();
    }
}
