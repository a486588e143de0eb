package net.claimsnet.web.desk.billing;

import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Sex;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimFormMapperTest {

    static ClaimForm filledForm() {
        ClaimForm form = ClaimForm.blank("CLM-F1");
        form.setMemberId(" M-1001 ");
        form.setPlanId("PPO-GOLD");
        form.setFirstName("Jane");
        form.setLastName("Doe");
        form.setBirthDate(LocalDate.of(1980, 5, 17));
        form.setSex("F");
        form.setSubscriberId("S-1001");
        form.setBillingProviderNpi("1234567893");
        form.setPayerId("ACME01");
        form.getDiagnoses().get(0).setCode("e11.9");
        form.addDiagnosis();
        form.addDiagnosis();
        form.getDiagnoses().get(2).setCode("I10");
        ServiceLineForm visit = form.getLines().get(0);
        visit.setProcedureCode("99213");
        visit.setModifiers(List.of("25"));
        visit.setCharge(new BigDecimal("150.00"));
        visit.setDateOfService(LocalDate.of(2025, 3, 10));
        form.addLine();
        ServiceLineForm blood = form.getLines().get(1);
        blood.setProcedureCode("85025");
        blood.setCharge(new BigDecimal("40.00"));
        blood.setDiagnosisPointers("1, 2");
        return form;
    }

    @Test
    void aFilledFormBecomesTheClaimWithBlankDiagnosisRowsLeftOutAndLinesNumberedFromOne() {
        ClaimDetails claim = ClaimFormMapper.details(filledForm());

        assertThat(claim.getClaimId()).isEqualTo("CLM-F1");
        assertThat(claim.getType()).isEqualTo(ClaimType.PROFESSIONAL);
        assertThat(claim.getFrequencyCode()).isEqualTo(FrequencyCode.ORIGINAL);
        assertThat(claim.getPatient().getMemberId()).isEqualTo("M-1001");
        assertThat(claim.getPatient().getBirthDate()).isEqualTo(LocalDate.of(1980, 5, 17));
        assertThat(claim.getPatient().getSex()).isEqualTo(Sex.F);
        assertThat(claim.getDiagnosisCodes()).containsExactly("E11.9", "I10");
        assertThat(claim.getServiceLines()).hasSize(2);
        assertThat(claim.getServiceLines().get(0).getSequence()).isEqualTo(1);
        assertThat(claim.getServiceLines().get(0).getModifiers()).containsExactly("25");
        assertThat(claim.getServiceLines().get(1).getSequence()).isEqualTo(2);
        // A new line repeats the previous line's date and place of service.
        assertThat(claim.getServiceLines().get(1).getDateOfService()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(claim.getServiceLines().get(1).getPlaceOfService()).isEqualTo("11");
        assertThat(claim.getServiceLines().get(1).getDiagnosisPointers()).containsExactly(1, 2);
        assertThat(claim.totalCharge()).isEqualByComparingTo("190.00");
    }

    @Test
    void theRulesDiagnosisNumbersPointToTheFormsRowsPastTheBlankOnes() {
        assertThat(ClaimFormMapper.diagnosisRows(filledForm())).containsExactly(0, 2);
    }

    @Test
    void aMissingInputIsNamedInTheClerksWords() {
        ClaimForm form = filledForm();
        form.getLines().get(1).setUnits(null);

        assertThatThrownBy(() -> ClaimFormMapper.details(form))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("serviceLines[1].units");
                    assertThat(e.getMessage()).isEqualTo("Line 2: units is required");
                });
    }

    @Test
    void aMissingDateOfServiceSaysSoWithoutTheJsonDateFormat() {
        ClaimForm form = filledForm();
        form.getLines().get(0).setDateOfService(null);

        assertThatThrownBy(() -> ClaimFormMapper.details(form))
                .isInstanceOfSatisfying(InvalidDeskInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Line 1: date of service is required"));
    }

    @Test
    void pointersThatAreNotNumbersAreRefusedOnTheirLine() {
        ClaimForm form = filledForm();
        form.getLines().get(1).setDiagnosisPointers("1, b");

        assertThatThrownBy(() -> ClaimFormMapper.details(form))
                .isInstanceOfSatisfying(InvalidDeskInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("serviceLines[1].diagnosisPointers");
                    assertThat(e.getMessage()).contains("Line 2").contains("'b'");
                });
    }

    @Test
    void aFiledClaimFillsTheFormItIsReplacedFromAndMapsBackToTheSameClaim() {
        ClaimDetails original = ClaimFormMapper.details(filledForm());

        ClaimForm refilled = ClaimFormMapper.form(original);

        assertThat(refilled.getLines().get(1).getDiagnosisPointers()).isEqualTo("1, 2");
        assertThat(refilled.getDiagnoses()).extracting(ClaimForm.DiagnosisEntry::getCode).containsExactly("E11.9", "I10");
        assertThat(ClaimFormMapper.details(refilled)).isEqualTo(original);
    }
}
