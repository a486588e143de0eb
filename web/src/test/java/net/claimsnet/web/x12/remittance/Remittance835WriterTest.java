package net.claimsnet.web.x12.remittance;

import net.claimsnet.node.desk.LineDecisionInput;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.LineDecision;
import net.claimsnet.web.x12.SettledClaims;
import net.claimsnet.web.x12.SharedSamples;
import net.claimsnet.web.x12.envelope.SequentialControlNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 835s written from claims settled on the in-memory network, read back with StAEDI and balanced. */
class Remittance835WriterTest {

    private static final LocalDate SERVED = LocalDate.of(2025, 3, 10);
    private static final LocalDate PAID = LocalDate.of(2025, 4, 1);

    private final SettledClaims claims = new SettledClaims();
    private final Remittance835Writer writer = new Remittance835Writer(SequentialControlNumbers.after(100),
            Clock.fixed(Instant.parse("2025-04-02T08:15:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        claims.close();
    }

    @Test
    void aClaimPaidByTheRulesGivesOneBalanced835WithItsLinesAdjustmentsAndTheLedgersAmounts() {
        ClaimState settled = claims.settledByRules("CLM-1", SERVED, "EFT-0001", PAID);

        byte[] edi = writer.write(Payments.of(claims.settledAtStMary()));
        String text = Remittance835Writer.text(edi);

        String paid = X12Amounts.of(settled.getSettlement().getAmount());
        assertThat(text).contains("GS*HP*ACMEHEALTHINSUR*STMARYHOSPITAL*20250402*0815*")
                .contains("ST*835*0001*005010X221A1~")
                .contains("BPR*I*" + paid + "*C*ACH*CCP***********20250401~")
                .contains("TRN*1*EFT-0001*1ACMEHEALT~")
                .contains("N1*PR*Acme Health Insurance~", "N1*PE*St. Mary Hospital*XX*1234567893~")
                .contains("CLP*CLM-1*1*190*" + paid + "*")
                .contains("NM1*QC*1*Doe*Jane****MI*M-1001~")
                .contains("SVC*HC:99213*150*", "SVC*HC:85025:90*40*", "DTM*472*20250310~", "REF*6R*1~", "AMT*B6*");
        assertThat(text).containsPattern("CAS\\*(CO|PR)\\*");

        Remittance835 readBack = Remittance835Reader.read(edi);
        assertThat(readBack.syntaxErrors()).isEmpty();
        assertThat(Remittance835Balancing.problems(readBack)).isEmpty();
        Remittance835.Transaction transaction = readBack.transactions().get(0);
        assertThat(transaction.paymentTotal()).isEqualByComparingTo(settled.getSettlement().getAmount());
        assertThat(transaction.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.paid()).isEqualByComparingTo(settled.getSettlement().getAmount());
            assertThat(claim.patientResponsibility()).isEqualByComparingTo(settled.getAdjudication().totalPatientResponsibility());
            assertThat(claim.lines()).hasSize(2);
        });
    }

    @Test
    void claimsOfOnePaymentShareATransactionSetAndAnotherPaymentGetsItsOwn() {
        ClaimState first = claims.settledByRules("CLM-1", SERVED, "EFT-A", PAID);
        ClaimState second = claims.settledByRules("CLM-2", SERVED.plusDays(1), "EFT-A", PAID);
        ClaimState third = claims.settledByRules("CLM-3", SERVED.plusDays(2), "EFT-B", PAID.plusDays(1));

        List<Payment> payments = Payments.of(claims.settledAtStMary());
        Remittance835 readBack = Remittance835Reader.read(writer.write(payments));

        assertThat(payments).extracting(Payment::traceNumber).containsExactly("EFT-A", "EFT-B");
        assertThat(readBack.transactions()).hasSize(2);
        assertThat(readBack.transactions().get(0).claims()).extracting(Remittance835.Claim::claimId).containsExactly("CLM-1", "CLM-2");
        assertThat(readBack.transactions().get(0).paymentTotal())
                .isEqualByComparingTo(first.getSettlement().getAmount().add(second.getSettlement().getAmount()));
        assertThat(readBack.transactions().get(1).paymentTotal()).isEqualByComparingTo(third.getSettlement().getAmount());
        assertThat(Remittance835Balancing.problems(readBack)).isEmpty();
    }

    @Test
    void theAdjustersReductionWithARemarkCodeBecomesCasWithItsGroupAndReasonAndAnLqInTheLine() {
        claims.settled("CLM-4", SERVED, List.of(
                new LineDecisionInput(1, LineDecision.APPROVED, List.of(
                        new Adjustment(AdjustmentGroup.CO, "45", null, new BigDecimal("30.00")),
                        new Adjustment(AdjustmentGroup.PR, "2", null, new BigDecimal("24.00")))),
                new LineDecisionInput(2, LineDecision.REDUCED, List.of(
                        new Adjustment(AdjustmentGroup.CO, "97", "N19", new BigDecimal("20.00"))))),
                "EFT-9", PAID);

        byte[] edi = writer.write(Payments.of(claims.settledAtStMary()));
        String text = Remittance835Writer.text(edi);

        assertThat(text).contains("CLP*CLM-4*1*190*116*24*CI*")
                .contains("SVC*HC:99213*150*96~", "CAS*CO*45*30~", "CAS*PR*2*24~", "AMT*B6*120~")
                .contains("SVC*HC:85025:90*40*20~", "CAS*CO*97*20~", "LQ*HE*N19~");
        Remittance835 readBack = Remittance835Reader.read(edi);
        assertThat(readBack.syntaxErrors()).isEmpty();
        assertThat(readBack.transactions().get(0).claims().get(0).lines().get(1).remarks()).containsExactly("N19");
    }

    @Test
    void aSettlementThatDoesNotMatchTheLinesIsRefusedNamingTheClaimAndBothFigures() {
        ClaimState settled = claims.settledByRules("CLM-5", SERVED, "EFT-5", PAID);
        BigDecimal ledger = settled.getSettlement().getAmount();
        ClaimState altered = settled.withSettlement(settled.getSettlement().withAmount(ledger.add(new BigDecimal("0.01"))));

        assertThatThrownBy(() -> writer.write(Payments.of(List.of(altered))))
                .isInstanceOf(UnbalancedRemittanceException.class)
                .hasMessageContaining("claim CLM-5: CLP03 190 - CLP04 " + ledger.add(new BigDecimal("0.01")));
    }

    @Test
    void theBalancingRulesFireOnAnAlteredPaymentClaimOrLineAndNotOnTheFileAsWritten() {
        claims.settled("CLM-6", SERVED, List.of(
                new LineDecisionInput(1, LineDecision.APPROVED, List.of(new Adjustment(AdjustmentGroup.CO, "45", null, new BigDecimal("50.00")))),
                new LineDecisionInput(2, LineDecision.APPROVED, List.of())), "EFT-6", PAID);
        String written = Remittance835Writer.text(writer.write(Payments.of(claims.settledAtStMary())));
        assertThat(Remittance835Balancing.problems(read(written))).isEmpty();

        assertThat(Remittance835Balancing.problems(read(written.replace("BPR*I*140*", "BPR*I*140.01*"))))
                .singleElement().asString().contains("BPR02 140.01 is not the claims' CLP04 total 140");
        assertThat(Remittance835Balancing.problems(read(written.replace("CAS*CO*45*50~", "CAS*CO*45*49.99~"))))
                .anySatisfy(p -> assertThat(p).contains("line 1 (HC:99213): SVC02 150 - SVC03 100 is not its CAS total 49.99"))
                .anySatisfy(p -> assertThat(p).contains("claim CLM-6: CLP03 190 - CLP04 140 is not the CAS total 49.99"));
        assertThat(Remittance835Balancing.problems(read(written.replace("SVC*HC:85025:90*40*40", "SVC*HC:85025:90*41*41"))))
                .anySatisfy(p -> assertThat(p).contains("the lines' SVC02 total 191 is not CLP03 190"));
    }

    @Test
    void claimsNotYetSettledAreLeftOut() {
        claims.settledByRules("CLM-7", SERVED, "EFT-7", PAID);
        claims.file("CLM-8", SERVED);

        List<Payment> payments = Payments.of(claims.settledAtStMary());

        assertThat(payments).singleElement().satisfies(p -> assertThat(p.claims()).extracting(c -> c.getClaim().getClaimId())
                .containsExactly("CLM-7"));
    }

    @Test
    void theSharedSample835BalancesAndItsInvalidPaymentDateIsReportedWhereItIs() throws Exception {
        byte[] sample = java.nio.file.Files.readAllBytes(SharedSamples.x12("835-lfh-managed-care.835"));

        Remittance835 read = Remittance835Reader.read(sample);

        assertThat(Remittance835Balancing.problems(read)).isEmpty();
        assertThat(read.transactions().get(0).paymentTotal()).isEqualByComparingTo("945.00");
        assertThat(read.syntaxErrors()).anySatisfy(e -> assertThat(e).contains("(BPR16)"));
    }

    @Test
    void aClaimWithoutItsPatientSegmentBreaksTheStructureStaediChecks() {
        claims.settledByRules("CLM-9", SERVED, "EFT-9", PAID);
        String written = Remittance835Writer.text(writer.write(Payments.of(claims.settledAtStMary())));
        String withoutPatient = written.replaceAll("NM1\\*QC[^~]*~\\n?", "");

        assertThat(Remittance835Reader.read(withoutPatient.getBytes(StandardCharsets.US_ASCII)).syntaxErrors())
                .anySatisfy(e -> assertThat(e).contains("MANDATORY_SEGMENT_MISSING"));
    }

    private static Remittance835 read(String text) {
        return Remittance835Reader.read(text.getBytes(StandardCharsets.US_ASCII));
    }
}
