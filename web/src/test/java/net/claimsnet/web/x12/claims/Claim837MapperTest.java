package net.claimsnet.web.x12.claims;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 837 onto the ledger's claim, as docs/x12.md tabulates, on the shared samples and on variations of them. */
class Claim837MapperTest {

    private static Mapped837Claim only(String x12) {
        List<Mapped837Claim> claims = ClaimFileReview.of(x12.getBytes(StandardCharsets.ISO_8859_1)).acceptedClaims();
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void aDependentPatientTakesTheSubscribersMemberIdAndTheirOwnNameBirthDateAndSex() {
        Mapped837Claim claim = only(X12Samples.text("837p-lfh-example1-patient-is-dependent.837"));
        ClaimDetails details = claim.details();

        assertThat(claim.patientControlNumber()).isEqualTo("26463774");
        assertThat(details.getType()).isEqualTo(ClaimType.PROFESSIONAL);
        assertThat(details.getSubscriberId()).isEqualTo("JS00111223333");
        assertThat(details.getPatient().getMemberId()).isEqualTo("JS00111223333");
        assertThat(details.getPatient().getLastName()).isEqualTo("SMITH");
        assertThat(details.getPatient().getFirstName()).isEqualTo("TED");
        assertThat(details.getPatient().getBirthDate()).isEqualTo(LocalDate.of(1973, 5, 1));
        assertThat(details.getPatient().getSex()).isEqualTo(Sex.M);
        assertThat(details.getBillingProviderNpi()).isEqualTo("1912301953");
        assertThat(details.getPayerId()).isEqualTo("999996666");
        assertThat(claim.planId()).isEqualTo("2222-SJ");
        assertThat(details.getFrequencyCode()).isEqualTo(FrequencyCode.ORIGINAL);
        assertThat(details.getDiagnosisCodes()).containsExactly("0340", "V7389");
        assertThat(details.totalCharge()).isEqualByComparingTo("100.00");
        assertThat(details.getServiceLines()).extracting(ServiceLine::getProcedureCode)
                .containsExactly("99213", "87070", "99214", "86663");
        ServiceLine third = details.getServiceLines().get(2);
        assertThat(third.getSequence()).isEqualTo(3);
        assertThat(third.getCharge()).isEqualByComparingTo("35.00");
        assertThat(third.getUnits()).isEqualTo(1);
        assertThat(third.getDateOfService()).isEqualTo(LocalDate.of(2006, 10, 10));
        assertThat(third.getPlaceOfService()).as("CLM05-1 when SV105 is empty").isEqualTo("11");
        assertThat(third.getDiagnosisPointers()).containsExactly(2);
    }

    @Test
    void aSubscriberPatientIsTheSubscriberOfLoop2010BA() {
        Mapped837Claim claim = only(X12Samples.text("837p-lfh-example2-patient-is-subscriber.837"));

        assertThat(claim.details().getPatient().getMemberId()).isEqualTo("00221111");
        assertThat(claim.details().getPatient().getFirstName()).isEqualTo("TED");
        assertThat(claim.details().getPatient().getBirthDate()).isEqualTo(LocalDate.of(1943, 5, 1));
        assertThat(claim.details().getPayerId()).isEqualTo("741234");
        assertThat(claim.planId()).isEqualTo("12312-A");
    }

    @Test
    void anInstitutionalClaimTakesItsProceduresFromSV202AndItsPlaceFromTheBillType() {
        Mapped837Claim claim = only(X12Samples.text("837i-lfh-institutional-claim.837i"));
        ClaimDetails details = claim.details();

        assertThat(details.getType()).isEqualTo(ClaimType.INSTITUTIONAL);
        assertThat(details.getClaimId()).isEqualTo("756048Q");
        assertThat(details.getPayerId()).as("the primary payer, not the other subscriber's (2330B)").isEqualTo("00435");
        assertThat(details.getSubscriberId()).as("2010BA, not 2330A").isEqualTo("030005074A");
        assertThat(details.getDiagnosisCodes()).as("principal and other diagnoses only").containsExactly("3669", "4019", "79431");
        assertThat(details.getServiceLines()).extracting(ServiceLine::getProcedureCode).containsExactly("85025", "93005");
        assertThat(details.getServiceLines()).extracting(ServiceLine::getUnits).containsExactly(1, 3);
        assertThat(details.getServiceLines()).extracting(ServiceLine::getPlaceOfService).containsOnly("81");
        assertThat(details.getServiceLines()).allSatisfy(line -> {
            assertThat(line.getDiagnosisPointers()).containsExactly(1);
            assertThat(line.getDateOfService()).isEqualTo(LocalDate.of(1996, 9, 11));
        });
        assertThat(details.totalCharge()).isEqualByComparingTo(claim.chargeTotal());
    }

    @Test
    void theNewlineTerminatedEdgeFileReadsWithItsOwnComponentSeparatorAndARangeDate() {
        Mapped837Claim claim = only(X12Samples.text("edge-837p-staedi-newline-terminated-isa00402.edi"));
        ServiceLine line = claim.details().getServiceLines().get(0);

        assertThat(claim.details().getClaimId()).isEqualTo("945405");
        assertThat(line.getProcedureCode()).isEqualTo("J2941");
        assertThat(line.getUnits()).isEqualTo(84);
        assertThat(line.getDateOfService()).isEqualTo(LocalDate.of(2011, 5, 11));
        assertThat(line.getPlaceOfService()).isEqualTo("12");
        assertThat(claim.details().getPatient().getFirstName()).isEqualTo("COLE");
    }

    @Test
    void icd10CodesGetTheirDotBack() {
        String x12 = X12Samples.text("837p-lfh-example2-patient-is-subscriber.837").replace("HI*BK:0340*BF:V7389", "HI*ABK:E119*ABF:I10");

        assertThat(only(x12).details().getDiagnosisCodes()).containsExactly("E11.9", "I10");
    }

    @Test
    void aTotalThatIsNotTheSumOfTheLinesIsTheClaimsProblem() {
        String x12 = X12Samples.text("837p-lfh-example2-patient-is-subscriber.837").replace("CLM*26462967*100.00", "CLM*26462967*100.01");

        Mapped837Claim claim = only(x12);

        assertThat(claim.isMappable()).isFalse();
        assertThat(claim.problems()).singleElement().asString().contains("CLM02").contains("100.01").contains("100.00");
    }

    @Test
    void aClaimWhoseTotalIsTheSumHasNoProblem() {
        assertThat(only(X12Samples.text("837p-lfh-example2-patient-is-subscriber.837")).problems()).isEmpty();
    }

    @Test
    void fractionalUnitsCannotBeBilledOnTheLedger() {
        String x12 = X12Samples.text("837p-lfh-example2-patient-is-subscriber.837").replace("SV1*HC:99213*40.00*UN*1.00", "SV1*HC:99213*40.00*UN*1.5");

        assertThat(only(x12).problems()).singleElement().asString().contains("whole units").contains("1.5");
    }

    @Test
    void aFrequencyTheNetworkDoesNotFileIsTheClaimsProblem() {
        String x12 = X12Samples.text("837p-lfh-example2-patient-is-subscriber.837").replace("11:B:1", "11:B:6");

        assertThat(only(x12).problems()).singleElement().asString().contains("frequency 6");
    }

    @Test
    void aReplacementNamesTheClaimItReplacesInREF_F8() {
        String x12 = X12Samples.text("837p-lfh-example2-patient-is-subscriber.837").replace("11:B:1", "11:B:7")
                .replace("REF*D9*17312345600006351", "REF*F8*LEDGER-1")
                .replace("SE*41*0021", "SE*41*0021");

        Mapped837Claim claim = only(x12);

        assertThat(claim.problems()).isEmpty();
        assertThat(claim.details().getFrequencyCode()).isEqualTo(FrequencyCode.REPLACEMENT);
        assertThat(claim.originalClaimReference()).isEqualTo("LEDGER-1");
    }

    @Test
    void aReplacementWithoutTheClaimItReplacesIsTheClaimsProblem() {
        String x12 = X12Samples.text("837p-lfh-example2-patient-is-subscriber.837").replace("11:B:1", "11:B:7");

        assertThat(only(x12).problems()).singleElement().asString().contains("REF*F8");
    }
}
