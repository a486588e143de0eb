package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.engine.RunningFlow;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.rules.model.Severity;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.PendReason;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static net.claimsnet.contracts.SampleClaims.money;
import static net.claimsnet.flows.ClaimNetwork.LAKESIDE_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.historyAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class ClaimDeskTest {

    private static final DeskUser ST_MARY_BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final DeskUser LAKESIDE_BILLING = DeskUser.of("billing@lakeside", DeskRole.BILLING);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);
    private static final DeskUser AUDITOR = DeskUser.of("auditor@regulator", DeskRole.AUDITOR);

    private final ClaimNetwork net = new ClaimNetwork();
    private final InMemoryClaimAuditTrail stMaryAudit = new InMemoryClaimAuditTrail(net.network.clock());
    private final InMemoryClaimAuditTrail insurerAudit = new InMemoryClaimAuditTrail(net.network.clock());
    private final InMemoryClaimAuditTrail auditorAudit = new InMemoryClaimAuditTrail(net.network.clock());
    private final ClaimDesk stMary = desk(net.stMary(), stMaryAudit);
    private final ClaimDesk lakeside = desk(net.lakeside(), new InMemoryClaimAuditTrail(net.network.clock()));
    private final ClaimDesk insurer = desk(net.insurer(), insurerAudit);
    private final ClaimDesk auditor = desk(net.auditor(), auditorAudit);

    private ClaimDesk desk(Node node, ClaimAuditTrail audit) {
        return new ClaimDesk(node, audit, handle -> net.network.runNetwork());
    }

    @AfterEach
    void close() {
        net.close();
    }

    private ClaimState submitted() {
        FilingResult result = stMary.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER), null);
        assertThat(result.isFiled()).as("filed: %s", result.findings()).isTrue();
        return result.filed();
    }

    private static String id(ClaimState claim) {
        return ClaimDesk.idOf(claim);
    }

    private ClaimState adjudicatedByRules() {
        return insurer.adjudicateByRules(ADJUSTER, id(submitted()));
    }

    // ---- submit -------------------------------------------------------------------------------

    @Test
    void billingStaffFileAClaimWithTheOnlyInsurerAndEveryPartyAndTheAuditorHoldIt() {
        ClaimState claim = submitted();

        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.getInsurer().getName()).isEqualTo(InMemoryNetwork.INSURER);
        assertThat(insurer.claim(ADJUSTER, id(claim))).isEqualTo(claim);
        assertThat(auditor.claim(AUDITOR, id(claim))).isEqualTo(claim);
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void aClaimTheScrubRulesRejectComesBackAsFindingsAndNothingIsFiledOrStarted() {
        ClaimDetails badNpi = SampleClaims.details(ST_MARY_MEMBER).withBillingProviderNpi("1234567890");

        FilingResult result = stMary.submit(ST_MARY_BILLING, badNpi, null);

        assertThat(result.isFiled()).isFalse();
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("npi-check-digit");
            assertThat(f.field()).isEqualTo("billingProviderNpi");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(net.stMary().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
        assertThat(net.insurer().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
        assertThat(net.stMary().flows().failedFlows()).isEmpty();
        assertThat(stMaryAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::outcome).containsExactly("REFUSED");
    }

    @Test
    void anAdjusterCannotSubmitOnAProviderNodeNorOnTheInsurersOwn() {
        ClaimDetails details = SampleClaims.details(ST_MARY_MEMBER);

        assertThatThrownBy(() -> stMary.submit(ADJUSTER, details, null))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("Only BILLING users");
        assertThatThrownBy(() -> insurer.submit(DeskUser.of("billing@acme", DeskRole.BILLING, DeskRole.ADJUSTER), details, null))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("this is an insurer node");
        assertThat(net.stMary().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
        assertThat(stMaryAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::outcome).containsExactly("DENIED");
    }

    @Test
    void billingStaffCannotAdjudicateNorSettleAndAnAuditorChangesNothing() {
        ClaimState claim = submitted();

        assertThatThrownBy(() -> insurer.adjudicateByRules(ST_MARY_BILLING, id(claim))).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> stMary.adjudicateByRules(ST_MARY_BILLING, id(claim))).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> auditor.voidClaim(AUDITOR, id(claim))).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> insurer.settle(AUDITOR, id(claim), "EFT-1", null)).isInstanceOf(DeskAccessDeniedException.class);
        assertThat(historyAt(net.insurer(), claim.getLinearId())).hasSize(1);
    }

    @Test
    void aNodeAdministratorReadsNoClaims() {
        ClaimState claim = submitted();
        DeskUser admin = DeskUser.of("admin@stmary", DeskRole.NODE_ADMIN);

        assertThatThrownBy(() -> stMary.claim(admin, id(claim))).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> stMary.search(admin, ClaimSearch.all())).isInstanceOf(DeskAccessDeniedException.class);
    }

    @Test
    void aFlowStillRunningWhenTheDeskStopsWaitingIsReportedWithItsIdAndFinishesOnItsOwn() {
        ClaimDesk impatient = new ClaimDesk(net.stMary(), stMaryAudit, FlowCompletion.within(java.time.Duration.ofMillis(20)));

        assertThatThrownBy(() -> impatient.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER), null))
                .isInstanceOf(FlowStillRunningException.class)
                .satisfies(e -> assertThat(((FlowStillRunningException) e).flowId()).isNotBlank());
        assertThat(stMaryAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::outcome).containsExactly("RUNNING");

        net.network.runNetwork();
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all()).claims())
                .extracting(ClaimState::getStatus).containsExactly(ClaimStatus.SUBMITTED);
    }

    // ---- scope --------------------------------------------------------------------------------

    @Test
    void aProviderCannotSeeAnotherProvidersClaimNeitherByIdNorInASearch() {
        ClaimState claim = submitted();

        assertThatThrownBy(() -> lakeside.claim(LAKESIDE_BILLING, id(claim))).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> lakeside.history(LAKESIDE_BILLING, id(claim))).isInstanceOf(ClaimNotFoundException.class);
        assertThat(lakeside.search(LAKESIDE_BILLING, ClaimSearch.all()).claims()).isEmpty();
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all()).claims()).containsExactly(claim);
    }

    @Test
    void aProviderDoesNotShowAnotherProvidersClaimEvenWhenItsVaultHoldsOne() {
        ClaimState claim = submitted();
        SignedTransaction submission = net.stMary().ledger().transactions()
                .find(historyAt(net.stMary(), claim.getLinearId()).get(0).getRef().getTxhash()).orElseThrow();
        // As if Lakeside had come to hold it (a back chain, an operator's import): it is still not Lakeside's claim.
        net.lakeside().ledger().recordAsObserver(submission);
        assertThat(ClaimNetwork.claimAt(net.lakeside(), claim.getLinearId())).hasValue(claim);

        assertThatThrownBy(() -> lakeside.claim(LAKESIDE_BILLING, id(claim))).isInstanceOf(ClaimNotFoundException.class);
        assertThat(lakeside.search(LAKESIDE_BILLING, ClaimSearch.all()).claims()).isEmpty();
    }

    @Test
    void theInsurerAndTheAuditorSeeEveryProvidersClaimsAndEachProviderOnlyItsOwn() {
        ClaimState fromStMary = submitted();
        ClaimState fromLakeside = lakeside.submit(LAKESIDE_BILLING, SampleClaims.details(LAKESIDE_MEMBER), null).filed();

        assertThat(insurer.search(ADJUSTER, ClaimSearch.all()).claims()).containsExactlyInAnyOrder(fromStMary, fromLakeside);
        assertThat(auditor.search(AUDITOR, ClaimSearch.all()).claims()).containsExactlyInAnyOrder(fromStMary, fromLakeside);
        assertThat(lakeside.search(LAKESIDE_BILLING, ClaimSearch.all()).claims()).containsExactly(fromLakeside);
        assertThat(insurer.search(ADJUSTER, ClaimSearch.all().withProvider("Lakeside Clinic")).claims()).containsExactly(fromLakeside);
        assertThat(insurer.search(ADJUSTER, ClaimSearch.all().withProvider("lakeside clinic")).claims()).containsExactly(fromLakeside);
        assertThat(insurer.search(ADJUSTER, ClaimSearch.all().withProvider("O=Lakeside Clinic,L=Boston,C=US")).total())
                .as("the organisation's name in another place").isZero();
        assertThat(insurer.search(ADJUSTER, ClaimSearch.all().withProvider(InMemoryNetwork.ST_MARY.toString())).claims())
                .containsExactly(fromStMary);
    }

    @Test
    void anUnknownOrMalformedClaimIdIsNotFound() {
        submitted();

        assertThatThrownBy(() -> stMary.claim(ST_MARY_BILLING, UUID.randomUUID().toString())).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> stMary.claim(ST_MARY_BILLING, "not-a-claim")).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> stMary.voidClaim(ST_MARY_BILLING, "not-a-claim")).isInstanceOf(ClaimNotFoundException.class);
    }

    // ---- search -------------------------------------------------------------------------------

    @Test
    void searchFiltersByStatusMemberClaimIdAndDateOfServiceAndPages() {
        ClaimState first = submitted();
        ClaimState later = stMary.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER).withServiceLines(
                List.of(SampleClaims.serviceLine(1, "85025", "40.00", 1).withDateOfService(LocalDate.of(2025, 3, 20)))),
                null).filed();
        insurer.adjudicateByRules(ADJUSTER, id(first));
        ClaimState firstNow = stMary.claim(ST_MARY_BILLING, id(first));

        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withStatus(ClaimStatus.SUBMITTED)).claims()).containsExactly(later);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withStatus(ClaimStatus.APPROVED)).claims()).containsExactly(firstNow);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withMemberId(ST_MARY_MEMBER)).total()).isEqualTo(2);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withMemberId("M-9999")).total()).isZero();
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withClaimId(later.getClaim().getClaimId())).claims())
                .containsExactly(later);
        // Found through one index, every other criterion still applies.
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withClaimId(later.getClaim().getClaimId())
                .withStatus(ClaimStatus.APPROVED)).total()).isZero();
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withMemberId(ST_MARY_MEMBER)
                .withStatus(ClaimStatus.APPROVED)).claims()).containsExactly(firstNow);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withClaimId("CLM-NONE")).total()).isZero();
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withDates(LocalDate.of(2025, 3, 15), null)).claims())
                .containsExactly(later);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withDates(null, LocalDate.of(2025, 3, 10))).claims())
                .containsExactly(firstNow);

        ClaimPage page0 = stMary.search(ST_MARY_BILLING, ClaimSearch.all().withPage(0, 1));
        ClaimPage page1 = stMary.search(ST_MARY_BILLING, ClaimSearch.all().withPage(1, 1));
        assertThat(page0.claims()).containsExactly(later);
        assertThat(page1.claims()).containsExactly(firstNow);
        assertThat(page1.total()).isEqualTo(2);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withPage(2, 1)).claims()).isEmpty();
    }

    @Test
    void aSearchSortsByTheAskedKeyInEitherDirectionAndFiltersByTotalCharge() {
        ClaimState cheap = stMary.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER).withServiceLines(
                List.of(SampleClaims.serviceLine(1, "85025", "40.00", 1).withDateOfService(LocalDate.of(2025, 3, 20)))),
                null).filed();
        ClaimState dear = submitted();
        BigDecimal dearCharge = dear.getClaim().getServiceLines().stream().map(l -> l.getCharge()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(dearCharge).isGreaterThan(new BigDecimal("40.00"));

        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withOrder(new ClaimOrder(ClaimOrder.Key.TOTAL_CHARGE, true))).claims())
                .containsExactly(dear, cheap);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withOrder(new ClaimOrder(ClaimOrder.Key.TOTAL_CHARGE, false))).claims())
                .containsExactly(cheap, dear);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withOrder(ClaimOrder.OLDEST_SERVICE_FIRST)).claims())
                .containsExactly(dear, cheap);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all()).claims()).containsExactly(cheap, dear);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withCharges(new BigDecimal("40.00"), new BigDecimal("40.00"))).claims())
                .containsExactly(cheap);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withCharges(new BigDecimal("40.01"), null)).claims())
                .containsExactly(dear);
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withCharges(null, new BigDecimal("39.99"))).total()).isZero();
    }

    @Test
    void aSearchOfSeveralStatusesFindsTheClaimsOfEachInOnePage() {
        ClaimState approved = insurer.adjudicateByRules(ADJUSTER, id(submitted()));
        ClaimState waiting = submitted();
        ClaimState pended = insurer.pend(ADJUSTER, id(submitted()), List.of(), null);

        ClaimPage both = insurer.search(ADJUSTER, ClaimSearch.all()
                .withStatuses(EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.SUBMITTED)).withOrder(ClaimOrder.OLDEST_SERVICE_FIRST));

        assertThat(both.claims()).containsExactlyInAnyOrder(approved, waiting);
        assertThat(both.total()).isEqualTo(2);
        int audited = insurerAudit.entries().size();
        assertThat(insurer.count(ADJUSTER, ClaimSearch.all().withStatuses(EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.SUBMITTED))))
                .isEqualTo(2);
        assertThat(insurerAudit.entries()).as("a count shows no claim, so it records none").hasSize(audited);
        assertThat(insurer.search(ADJUSTER, ClaimSearch.all().withStatuses(EnumSet.of(ClaimStatus.PENDED))).claims())
                .containsExactly(pended);
        assertThat(insurer.search(ADJUSTER, ClaimSearch.all().withStatuses(EnumSet.noneOf(ClaimStatus.class))).total())
                .as("no status asked: any status").isEqualTo(3);
    }

    @Test
    void theCountsByStatusAgreeWithTheSearchesAndNeedAReadersRole() {
        ClaimState first = submitted();
        submitted();
        insurer.adjudicateByRules(ADJUSTER, id(first));

        Map<ClaimStatus, Long> atStMary = stMary.countByStatus(ST_MARY_BILLING);

        assertThat(atStMary.get(ClaimStatus.SUBMITTED)).isEqualTo(1)
                .isEqualTo(stMary.search(ST_MARY_BILLING, ClaimSearch.all().withStatus(ClaimStatus.SUBMITTED)).total());
        assertThat(atStMary.get(ClaimStatus.APPROVED)).isEqualTo(1);
        assertThat(atStMary.get(ClaimStatus.SETTLED)).isZero();
        assertThat(lakeside.countByStatus(LAKESIDE_BILLING).values()).as("another provider's claims are not counted").containsOnly(0L);
        assertThat(auditor.countByStatus(AUDITOR).get(ClaimStatus.SUBMITTED)).isEqualTo(1);
        assertThatThrownBy(() -> stMary.countByStatus(DeskUser.of("admin@stmary", DeskRole.NODE_ADMIN)))
                .isInstanceOf(DeskAccessDeniedException.class);
    }

    @Test
    void aSearchByPendReasonFindsOnlyClaimsPendedWithThatCode() {
        ClaimState claim = submitted();
        ClaimState pended = insurer.pend(ADJUSTER, id(claim), List.of("OA-133"), "Review the operative report");

        assertThat(insurer.search(ADJUSTER, ClaimSearch.all().withPendReason("oa-133")).claims()).containsExactly(pended);
        assertThat(insurer.search(ADJUSTER, ClaimSearch.all().withPendReason(PendReason.REVIEW)).total()).isZero();
        assertThat(stMary.claim(ST_MARY_BILLING, id(claim)).getPendReason().getNote()).isEqualTo("Review the operative report");
    }

    @Test
    void anAdjusterPendsOnlyAClaimThatMayBePendedAndBillingStaffCannotPend() {
        ClaimState claim = submitted();
        assertThatThrownBy(() -> stMary.pend(ST_MARY_BILLING, id(claim), List.of(), null)).isInstanceOf(DeskAccessDeniedException.class);

        ClaimState pended = insurer.pend(ADJUSTER, id(claim), List.of(" ", ""), null);

        assertThat(pended.getStatus()).isEqualTo(ClaimStatus.PENDED);
        assertThat(pended.getPendReason().getCodes()).containsExactly(PendReason.REVIEW);
        assertThatThrownBy(() -> insurer.pend(ADJUSTER, id(claim), List.of("OA-133"), null)).isInstanceOf(ClaimConflictException.class)
                .hasMessageContaining("Only a submitted, answered or appealed claim can be pended");
    }

    @Test
    void checkRunsTheScrubRulesAndFilesNothing() {
        ClaimDetails withoutDiagnosis = SampleClaims.details(ST_MARY_MEMBER).withDiagnosisCodes(List.of());

        List<ScrubFinding> findings = stMary.check(ST_MARY_BILLING, withoutDiagnosis, null);

        assertThat(findings).anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(stMary.check(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER), null))
                .noneSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(stMary.search(ST_MARY_BILLING, ClaimSearch.all()).total()).isZero();
        assertThatThrownBy(() -> insurer.check(ADJUSTER, withoutDiagnosis, null)).isInstanceOf(DeskAccessDeniedException.class);
    }

    @Test
    void aSearchWithABadPageOrDateRangeNamesTheField() {
        assertThatThrownBy(() -> stMary.search(ST_MARY_BILLING, ClaimSearch.all().withCharges(BigDecimal.TEN, BigDecimal.ONE)))
                .isInstanceOf(InvalidDeskInputException.class).extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("maxCharge");
        assertThatThrownBy(() -> stMary.search(ST_MARY_BILLING, ClaimSearch.all().withPage(-1, 20)))
                .isInstanceOf(InvalidDeskInputException.class).extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("page");
        assertThatThrownBy(() -> stMary.search(ST_MARY_BILLING, ClaimSearch.all().withPage(0, 101)))
                .isInstanceOf(InvalidDeskInputException.class).extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("size");
        assertThatThrownBy(() -> stMary.search(ST_MARY_BILLING, ClaimSearch.all().withDates(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1))))
                .isInstanceOf(InvalidDeskInputException.class).extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("to");
    }

    // ---- reads and the audit trail ------------------------------------------------------------

    @Test
    void theHistoryListsEveryTransactionInOrderWithCommandSignersAndStatus() {
        ClaimState claim = adjudicatedByRules();
        insurer.settle(ADJUSTER, id(claim), "EFT-20250401-0001", null);

        List<ClaimTransaction> history = auditor.history(AUDITOR, id(claim));

        assertThat(history).extracting(ClaimTransaction::commands)
                .containsExactly(List.of("Submit"), List.of("Adjudicate"), List.of("Settle"));
        assertThat(history).extracting(ClaimTransaction::statusAfter)
                .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.SETTLED);
        assertThat(history).allSatisfy(t -> assertThat(t.notarised()).isTrue());
        assertThat(history.get(0).signers()).containsExactlyInAnyOrder(InMemoryNetwork.ST_MARY.toString(),
                InMemoryNetwork.INSURER.toString(), InMemoryNetwork.NOTARY.toString());
        assertThat(history.get(0).timeWindowFrom()).isBefore(net.network.clock().instant());
        assertThat(history.get(2).timeWindowFrom()).isNull();
        assertThat(history).extracting(ClaimTransaction::transactionId).doesNotHaveDuplicates();
        assertThat(stMary.history(ST_MARY_BILLING, id(claim))).isEqualTo(history);
    }

    @Test
    void everyReadOfAClaimIsAuditedWithWhoWhatAndWhichClaim() {
        ClaimState claim = submitted();

        auditor.claim(AUDITOR, id(claim));
        auditor.history(AUDITOR, id(claim));
        auditor.search(AUDITOR, ClaimSearch.all());
        assertThatThrownBy(() -> auditor.claim(AUDITOR, UUID.randomUUID().toString())).isInstanceOf(ClaimNotFoundException.class);

        assertThat(auditorAudit.entries()).extracting(e -> e.actor() + " " + e.action() + " " + e.outcome())
                .containsExactly("auditor@regulator READ ALLOWED", "auditor@regulator READ_HISTORY ALLOWED",
                        "auditor@regulator SEARCH ALLOWED", "auditor@regulator READ DENIED");
        assertThat(auditorAudit.entries().subList(0, 3)).allSatisfy(e -> assertThat(e.claimId()).isEqualTo(id(claim)));
        assertThat(auditorAudit.entries()).allSatisfy(e -> assertThat(e.at()).isEqualTo(net.network.clock().instant()));
    }

    // ---- the insurer's steps ------------------------------------------------------------------

    @Test
    void anAdjusterDecidesEachLineWithGroupCodesCarcAndRarcAndTheAccumulatorFollows() {
        ClaimState claim = submitted();
        BenefitAccumulatorState before = net.accumulator(ST_MARY_MEMBER);

        ClaimState decided = insurer.adjudicate(ADJUSTER, id(claim), List.of(
                new LineDecisionInput(1, LineDecision.APPROVED, List.of(
                        Adjustment.of(AdjustmentGroup.CO, "45", money("30.00")),
                        Adjustment.of(AdjustmentGroup.PR, "1", money("100.00")))),
                new LineDecisionInput(2, LineDecision.DENIED, List.of(
                        new Adjustment(AdjustmentGroup.CO, "50", "N115", money("40"))))));

        assertThat(decided.getStatus()).isEqualTo(ClaimStatus.PARTIALLY_APPROVED);
        assertThat(decided.getAdjudication().getDecidedBy()).isEqualTo("adjuster@acme");
        assertThat(decided.getAdjudication().getRuleSetVersion()).isEqualTo(ClaimDesk.MANUAL_RULE_SET);
        assertThat(decided.getAdjudication().getRound()).isEqualTo(1);
        LineAdjudication first = decided.getAdjudication().getLines().get(0);
        assertThat(first.getPaid()).isEqualByComparingTo("20.00");
        assertThat(first.getAllowed()).isEqualByComparingTo("120.00");
        assertThat(first.getPatientResponsibility()).isEqualByComparingTo("100.00");
        LineAdjudication second = decided.getAdjudication().getLines().get(1);
        assertThat(second.getPaid()).isEqualByComparingTo("0");
        assertThat(second.getAdjustments().get(0).getRarc()).isEqualTo("N115");
        assertThat(net.accumulator(ST_MARY_MEMBER).getDeductibleMet())
                .isEqualByComparingTo(before.getDeductibleMet().add(money("100.00")));
        assertThat(stMary.claim(ST_MARY_BILLING, id(claim))).isEqualTo(decided);
    }

    @Test
    void anAdjustersDecisionThatMissesALineOrOverAdjustsNamesTheFieldAndStartsNoFlow() {
        ClaimState claim = submitted();
        List<Adjustment> none = List.of();

        assertThatThrownBy(() -> insurer.adjudicate(ADJUSTER, id(claim), List.of(new LineDecisionInput(1, LineDecision.APPROVED, none))))
                .isInstanceOf(InvalidDeskInputException.class).hasMessage("Line 2 has no decision");
        assertThatThrownBy(() -> insurer.adjudicate(ADJUSTER, id(claim), List.of(
                new LineDecisionInput(1, LineDecision.APPROVED, none),
                new LineDecisionInput(2, LineDecision.DENIED, List.of(Adjustment.of(AdjustmentGroup.CO, "50", money("41.00")))))))
                .isInstanceOf(InvalidDeskInputException.class)
                .extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("lines[1].adjustments");
        assertThatThrownBy(() -> insurer.adjudicate(ADJUSTER, id(claim), List.of(
                new LineDecisionInput(1, LineDecision.APPROVED, none),
                new LineDecisionInput(2, LineDecision.DENIED, List.of(Adjustment.of(AdjustmentGroup.CO, " ", money("40.00")))))))
                .isInstanceOf(InvalidDeskInputException.class)
                .extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("lines[1].adjustments[0].carc");
        assertThatThrownBy(() -> insurer.adjudicate(ADJUSTER, id(claim), List.of(
                new LineDecisionInput(3, LineDecision.APPROVED, none))))
                .isInstanceOf(InvalidDeskInputException.class)
                .extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("lines[0].sequence");
        assertThat(net.insurer().flows().failedFlows()).isEmpty();
        assertThat(insurer.claim(ADJUSTER, id(claim)).getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void aDecisionTheContractWouldRefuseIsRefusedBeforeAnyFlowNamingTheLine() {
        ClaimState claim = submitted();

        // An approved line may be reduced only by the fee schedule and the patient's share; CO-50 needs REDUCED or DENIED.
        assertThatThrownBy(() -> insurer.adjudicate(ADJUSTER, id(claim), List.of(
                new LineDecisionInput(1, LineDecision.APPROVED, List.of(Adjustment.of(AdjustmentGroup.CO, "50", money("10.00")))),
                new LineDecisionInput(2, LineDecision.APPROVED, List.of()))))
                .isInstanceOf(InvalidDeskInputException.class)
                .hasMessageContaining("An approved line may only be adjusted by the fee schedule (CO-45) and the patient's share (PR): line 1")
                .extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("lines[0].adjustments");
        // A reduced line needs a reduction: the fee schedule alone makes it an approved one.
        assertThatThrownBy(() -> insurer.adjudicate(ADJUSTER, id(claim), List.of(
                new LineDecisionInput(1, LineDecision.APPROVED, List.of()),
                new LineDecisionInput(2, LineDecision.REDUCED, List.of(Adjustment.of(AdjustmentGroup.CO, "45", money("10.00")))))))
                .isInstanceOf(InvalidDeskInputException.class)
                .hasMessageContaining("A reduced line needs a reduction other than the fee schedule (CO-45) or the patient's share (PR)")
                .extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("lines[1].adjustments");

        assertThat(net.insurer().flows().failedFlows()).isEmpty();
        assertThat(net.stMary().flows().failedFlows()).isEmpty();
        assertThat(historyAt(net.insurer(), claim.getLinearId())).hasSize(1);
        assertThat(historyAt(net.stMary(), claim.getLinearId())).hasSize(1);
    }

    @Test
    void aLineReducedByAReasonOtherThanTheFeeScheduleIsDecidedPartiallyApproved() {
        ClaimState claim = submitted();

        ClaimState decided = insurer.adjudicate(ADJUSTER, id(claim), List.of(
                new LineDecisionInput(1, LineDecision.REDUCED, List.of(Adjustment.of(AdjustmentGroup.CO, "97", money("30.00")))),
                new LineDecisionInput(2, LineDecision.APPROVED, List.of())));

        assertThat(decided.getStatus()).isEqualTo(ClaimStatus.PARTIALLY_APPROVED);
        assertThat(decided.getAdjudication().getLines().get(0).getPaid())
                .isEqualByComparingTo(claim.getClaim().getServiceLines().get(0).getCharge().subtract(money("30.00")));
    }

    @Test
    void aSettlementAskedForAgainWhileTheFirstIsUnderWayIsAnsweredWithTheFirstAndIsPaidOnce() {
        ClaimState approved = adjudicatedByRules();
        net.network.stop(InMemoryNetwork.ST_MARY);

        String first = flowIdOf(() -> insurer.settle(ADJUSTER, id(approved), "EFT-20250401-0001", null));
        String again = flowIdOf(() -> insurer.settle(ADJUSTER, id(approved), "EFT-20250401-0001", null));
        assertThat(again).as("the second request's flow").isEqualTo(first);
        assertThat(net.insurer().flows().runningFlows()).extracting(RunningFlow::flowId).containsExactly(first);

        net.network.start(InMemoryNetwork.ST_MARY);
        net.network.advanceTime(java.time.Duration.ofMinutes(1));
        assertThat(insurer.claim(ADJUSTER, id(approved)).getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(net.insurer().flows().failedFlows()).isEmpty();
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void anotherStepOnAClaimWhoseVoidIsUnderWayIsRefusedWithTheRunningFlowNamed() {
        ClaimState claim = submitted();
        net.network.stop(InMemoryNetwork.INSURER);
        String voiding = flowIdOf(() -> stMary.voidClaim(ST_MARY_BILLING, id(claim)));

        assertThatThrownBy(() -> stMary.replace(ST_MARY_BILLING, id(claim), SampleClaims.details(ST_MARY_MEMBER)))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessage("Another step on claim " + id(claim) + " is under way (flow " + voiding
                        + ", VoidClaimFlow$Initiator): try again when it has ended");

        net.network.start(InMemoryNetwork.INSURER);
        net.network.advanceTime(java.time.Duration.ofMinutes(1));
        assertThat(stMary.claim(ST_MARY_BILLING, id(claim)).getStatus()).isEqualTo(ClaimStatus.VOIDED);
    }

    private String flowIdOf(Runnable deskCall) {
        Throwable running = catchThrowable(deskCall::run);
        assertThat(running).isInstanceOf(FlowStillRunningException.class);
        return ((FlowStillRunningException) running).flowId();
    }

    @Test
    void settlingRecordsThePaymentReferenceAndADeniedClaimCannotBeSettled() {
        ClaimState approved = adjudicatedByRules();

        ClaimState settled = insurer.settle(ADJUSTER, id(approved), "EFT-20250401-0001", LocalDate.of(2025, 4, 1));

        assertThat(settled.getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(settled.getSettlement().getEftTraceNumber()).isEqualTo("EFT-20250401-0001");
        assertThat(settled.getSettlement().getAmount()).isEqualByComparingTo("41.60");

        ClaimState denied = insurer.adjudicate(ADJUSTER, id(submitted()), List.of(
                new LineDecisionInput(1, LineDecision.DENIED, List.of(Adjustment.of(AdjustmentGroup.CO, "96", money("150.00")))),
                new LineDecisionInput(2, LineDecision.DENIED, List.of(Adjustment.of(AdjustmentGroup.CO, "96", money("40.00"))))));
        assertThat(denied.getStatus()).isEqualTo(ClaimStatus.DENIED);
        assertThatThrownBy(() -> insurer.settle(ADJUSTER, id(denied), "EFT-2", null))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessage("Only an approved or partially approved claim can be settled; claim " + id(denied) + " is DENIED");
        assertThatThrownBy(() -> insurer.settle(ADJUSTER, id(approved), " ", null))
                .isInstanceOf(InvalidDeskInputException.class)
                .extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("paymentReference");
        assertThat(historyAt(net.insurer(), denied.getLinearId())).hasSize(2);
    }

    @Test
    void theInsurerAsksAndTheProviderAnswers() {
        ClaimState claim = submitted();

        ClaimState asked = insurer.requestInformation(ADJUSTER, id(claim), "Please send the operative report.", List.of("N264"));
        assertThat(asked.getStatus()).isEqualTo(ClaimStatus.INFO_REQUESTED);
        assertThat(stMary.claim(ST_MARY_BILLING, id(claim)).getInformationRequests()).hasSize(1);

        ClaimState answered = stMary.provideInformation(ST_MARY_BILLING, id(claim), "Attached.",
                List.of(SecureHash.sha256("operative report")));
        assertThat(answered.getStatus()).isEqualTo(ClaimStatus.INFO_PROVIDED);
        assertThat(insurer.claim(ADJUSTER, id(claim)).getInformationRequests().get(0).getAnswer()).isEqualTo("Attached.");

        assertThatThrownBy(() -> stMary.provideInformation(ST_MARY_BILLING, id(claim), "Again.", List.of()))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("is INFO_PROVIDED");
        assertThatThrownBy(() -> insurer.requestInformation(ADJUSTER, id(claim), "", List.of()))
                .isInstanceOf(InvalidDeskInputException.class)
                .extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("question");
    }

    // ---- the provider's later steps -----------------------------------------------------------

    @Test
    void theProviderAppealsAndTheInsurerReAdjudicatesByTheRules() {
        ClaimState decided = adjudicatedByRules();

        ClaimState appealed = stMary.appeal(ST_MARY_BILLING, id(decided), "Medically necessary; see the letter.",
                List.of(SecureHash.sha256("letter")));
        assertThat(appealed.getStatus()).isEqualTo(ClaimStatus.APPEALED);

        ClaimState again = insurer.adjudicateByRules(ADJUSTER, id(decided));
        assertThat(again.getAdjudication().getRound()).isEqualTo(2);
        assertThatThrownBy(() -> stMary.appeal(ST_MARY_BILLING, id(submitted()), "Too early", List.of()))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("is SUBMITTED");
    }

    @Test
    void theProviderVoidsAnUnsettledClaimOnceAndCannotVoidASettledOne() {
        ClaimState claim = submitted();

        ClaimState voided = stMary.voidClaim(ST_MARY_BILLING, id(claim));
        assertThat(voided.getStatus()).isEqualTo(ClaimStatus.VOIDED);
        assertThat(insurer.claim(ADJUSTER, id(claim)).getStatus()).isEqualTo(ClaimStatus.VOIDED);
        assertThatThrownBy(() -> stMary.voidClaim(ST_MARY_BILLING, id(claim))).isInstanceOf(ClaimConflictException.class);

        ClaimState settled = insurer.settle(ADJUSTER, id(adjudicatedByRules()), "EFT-9", null);
        assertThatThrownBy(() -> stMary.voidClaim(ST_MARY_BILLING, id(settled)))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("is SETTLED");
    }

    @Test
    void theProviderReplacesAClaimWithACorrectionThatIsScrubbedFirst() {
        ClaimState original = submitted();
        ClaimDetails corrected = SampleClaims.details(ST_MARY_MEMBER).withPriorAuthorizationNumber("PA-77");

        FilingResult rejected = stMary.replace(ST_MARY_BILLING, id(original), corrected.withDiagnosisCodes(List.of("not-a-code")));
        assertThat(rejected.isFiled()).isFalse();
        assertThat(rejected.findings()).extracting(ScrubFinding::rule).contains("icd10-format");
        assertThat(stMary.claim(ST_MARY_BILLING, id(original)).getStatus()).isEqualTo(ClaimStatus.SUBMITTED);

        FilingResult replaced = stMary.replace(ST_MARY_BILLING, id(original), corrected);
        assertThat(replaced.isFiled()).isTrue();
        ClaimState replacement = replaced.filed();
        assertThat(replacement.getClaim().getFrequencyCode()).isEqualTo(FrequencyCode.REPLACEMENT);
        assertThat(replacement.getClaim().getOriginalClaimId()).isEqualTo(original.getLinearId());
        assertThat(stMary.claim(ST_MARY_BILLING, id(original)).getStatus()).isEqualTo(ClaimStatus.REPLACED);
        assertThat(insurer.claim(ADJUSTER, id(replacement)).getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    }
}
