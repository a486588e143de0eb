package net.claimsnet.web.desk.billing;

import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.web.desk.claims.ClaimRow;
import net.claimsnet.web.desk.claims.ClaimTableModel;
import net.corda.core.contracts.UniqueIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing desk's logic over real desks on the deterministic in-memory network (member M-1001
 * covered by Acme for 2025, as in the API's tests): the form checked and filed, the list, the remittance.
 */
class BillingDeskNetworkTest {

    private static final DeskUser CLERK = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);

    private final InMemoryNetwork network = InMemoryNetwork.deterministic().build();
    private final ClaimDesk provider;
    private final ClaimDesk insurer;

    BillingDeskNetworkTest() {
        Node acme = network.insurer();
        BenefitSummary benefits = new BenefitSummary(new BigDecimal("100.00"), new BigDecimal("5000.00"),
                new BigDecimal("25.00"), 20, Map.of());
        finish(acme.startFlow(new IssueCoverageFlow.Initiator(new CoverageState(acme.identity(),
                new UniqueIdentifier("COV-M-1001"), "M-1001", "S-1001", "PPO-GOLD", "Acme PPO Gold",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), benefits, CoverageStatus.ACTIVE))));
        finish(acme.startFlow(new OpenAccumulatorFlow.Initiator(BenefitAccumulatorState.open(acme.identity(),
                "M-1001", "PPO-GOLD", 2025, benefits.getDeductible(), benefits.getOutOfPocketMaximum(), benefits.getVisitLimits()))));
        provider = desk(network.stMary());
        insurer = desk(acme);
    }

    private ClaimDesk desk(Node node) {
        return new ClaimDesk(node, new InMemoryClaimAuditTrail(network.clock()), handle -> network.runNetwork());
    }

    private void finish(FlowHandle<?> handle) {
        network.runNetwork();
        handle.get();
    }

    @AfterEach
    void close() {
        network.close();
    }

    private ClaimState filed(ClaimForm form) {
        FilingResult result = provider.submit(CLERK, ClaimFormMapper.details(form), form.getPlanId(), null);
        assertThat(result.isFiled()).as("filed: %s", result.findings()).isTrue();
        return result.filed();
    }

    @Test
    void aCheckedFormShowsTheRulesFindingsOnTheirInputsAndOnceFixedIsFiled() {
        ClaimForm form = ClaimFormMapperTest.filledForm();
        form.setBillingProviderNpi("1234567890");
        form.getDiagnoses().get(2).setCode("not-icd");

        List<ScrubFinding> found = provider.check(CLERK, ClaimFormMapper.details(form), form.getPlanId());
        FormFindings findings = FormFindings.place(found, form.getLines().size(), ClaimFormMapper.diagnosisRows(form));

        assertThat(findings.at("billingProviderNpi")).extracting(ShownFinding::getRule).contains("npi-check-digit");
        // The in-memory network's basic rules name the diagnosis list as a whole (the Drools rules name diagnosisCodes[i]).
        assertThat(findings.at("diagnosisCodes")).extracting(ShownFinding::getRule).contains("icd10-format");
        assertThat(provider.submit(CLERK, ClaimFormMapper.details(form), form.getPlanId(), null).isFiled()).isFalse();
        assertThat(network.stMary().ledger().vault().unconsumed(ClaimState.class)).isEmpty();

        form.setBillingProviderNpi("1234567893");
        form.getDiagnoses().get(2).setCode("I10");
        ClaimState claim = filed(form);

        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.getClaim().getClaimId()).isEqualTo("CLM-F1");
    }

    @Test
    void theListPagesAndSortsThroughTheDesk() {
        for (int i = 1; i <= 3; i++) {
            ClaimForm form = ClaimFormMapperTest.filledForm();
            form.setClaimId("CLM-L" + i);
            form.getLines().get(0).setCharge(new BigDecimal(100 * i));
            filed(form);
        }
        ClaimSearch[] shown = {ClaimSearch.all()};
        ClaimTableModel list = ClaimTableModel.overSearch(search -> provider.search(CLERK, search), search -> provider.count(CLERK, search), () -> shown[0],
                ClaimOrder.NEWEST_SERVICE_FIRST);

        List<ClaimRow> byChargeDescending = list.load(0, 2, Map.of("totalCharge",
                SortMeta.builder().field("totalCharge").order(SortOrder.DESCENDING).build()), Map.of());

        assertThat(list.count(Map.of())).isEqualTo(3);
        assertThat(list.getRowCount()).isEqualTo(3);
        assertThat(byChargeDescending).extracting(ClaimRow::getClaimId).containsExactly("CLM-L3", "CLM-L2");
        assertThat(byChargeDescending.get(0).getTotalCharge()).isEqualByComparingTo("340.00");
        assertThat(byChargeDescending.get(0).getPatientName()).isEqualTo("Jane Doe");
        assertThat(byChargeDescending.get(0).getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(list.load(2, 2, Map.of(), Map.of())).hasSize(1);
        filed(ClaimFormMapperTest.filledForm());
        assertThat(list.count(Map.of())).as("the last page's count, until the next load").isEqualTo(3);
        assertThat(list.load(0, 2, Map.of(), Map.of())).hasSize(2);
        assertThat(list.getRowCount()).isEqualTo(4);

        shown[0] = shown[0].withCharges(new BigDecimal("200"), null);
        assertThat(list.count(Map.of())).isEqualTo(2);
        assertThat(list.load(0, 20, Map.of(), Map.of())).extracting(ClaimRow::getClaimId).containsExactly("CLM-L2", "CLM-L3");
    }

    @Test
    void aSettledClaimIsInTheRemittanceOfItsServiceDatesAndItsCsv() {
        ClaimState claim = filed(ClaimFormMapperTest.filledForm());
        String id = ClaimDesk.idOf(claim);
        assertThat(ClaimLifecycle.VOID.allowedOn(claim)).isTrue();
        assertThat(ClaimLifecycle.APPEAL.allowedOn(claim)).isFalse();

        ClaimState approved = insurer.adjudicateByRules(ADJUSTER, id);
        ClaimState settled = insurer.settle(ADJUSTER, id, "EFT-77", LocalDate.of(2025, 4, 1));
        assertThat(approved.getStatus()).isEqualTo(ClaimStatus.APPROVED);
        ClaimState seenByProvider = provider.claim(CLERK, id);
        assertThat(ClaimLifecycle.VOID.allowedOn(seenByProvider)).isFalse();
        assertThat(ClaimLifecycle.APPEAL.allowedOn(seenByProvider)).isTrue();

        Remittance march = Remittance.read(search -> provider.search(CLERK, search), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        Remittance april = Remittance.read(search -> provider.search(CLERK, search), LocalDate.of(2025, 4, 1), null);

        assertThat(april.getRows()).isEmpty();
        assertThat(march.getRows()).singleElement().satisfies(row -> {
            assertThat(row.getClaimId()).isEqualTo("CLM-F1");
            assertThat(row.getEftTraceNumber()).isEqualTo("EFT-77");
            assertThat(row.getPaymentDate()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(row.getPaidAmount()).isEqualByComparingTo(settled.getSettlement().getAmount());
            assertThat(row.getPatientPays()).isEqualByComparingTo(settled.getAdjudication().totalPatientResponsibility());
        });
        assertThat(march.getTotalPaid()).isEqualByComparingTo(settled.getSettlement().getAmount());
        assertThat(RemittanceCsv.text(march)).contains("CLM-F1,M-1001,Jane Doe,2025-03-10,190.00,"
                + settled.getSettlement().getAmount().setScale(2).toPlainString() + ",2025-04-01,EFT-77,");
    }

    @Test
    void aReplacementFiledFromThePrefilledFormTakesTheOriginalsPlace() {
        ClaimState original = filed(ClaimFormMapperTest.filledForm());
        ClaimForm correction = ClaimFormMapper.form(original.getClaim());
        correction.getLines().get(1).setCharge(new BigDecimal("45.00"));

        FilingResult replaced = provider.replace(CLERK, ClaimDesk.idOf(original), ClaimFormMapper.details(correction), null);

        assertThat(replaced.isFiled()).isTrue();
        assertThat(replaced.filed().getClaim().totalCharge()).isEqualByComparingTo("195.00");
        assertThat(provider.claim(CLERK, ClaimDesk.idOf(original)).getStatus()).isEqualTo(ClaimStatus.REPLACED);
    }
}
