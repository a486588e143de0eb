package net.claimsnet.flows;

import net.claimsnet.contracts.MemberConsentContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.consent.MemberHistoryAnswer;
import net.claimsnet.flows.consent.MemberHistoryFlow;
import net.claimsnet.flows.consent.RecordConsentFlow;
import net.claimsnet.flows.consent.WithdrawConsentFlow;
import net.claimsnet.flows.coverage.InsurerTransactionFlow;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.AuditTrailDisclosures;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static net.claimsnet.flows.ClaimNetwork.LAKESIDE_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acme records St. Mary's patient M-1001's consent that St. Mary see their history; St. Mary then asks Acme for
 * the claims Lakeside filed for M-1001. The consent is kept by Acme, St. Mary and the auditor; a history is
 * answered only under a consent in force for that member and that provider, and each answer is in Acme's audit trail.
 */
class MemberConsentFlowsTest {

    private final ClaimNetwork net = new ClaimNetwork();
    private final Instant now = net.network.clock().instant();

    @AfterEach
    void close() {
        net.close();
    }

    private MemberConsentState consentFor(String member, Node provider, Duration lasting) {
        return net.finish(net.insurer().startFlow(new RecordConsentFlow.Initiator(member, provider.name(),
                "Continuity of care: cardiology referral", now.plus(lasting))))
                .getTx().outputsOfType(MemberConsentState.class).get(0);
    }

    private MemberConsentState stMarysConsent() {
        return consentFor(ST_MARY_MEMBER, net.stMary(), Duration.ofDays(30));
    }

    /** Lakeside treated St. Mary's patient too: its claim, adjudicated. */
    private ClaimState lakesideTreatsStMarysPatient() {
        ClaimState filed = net.providerSubmits(net.lakeside(), SampleClaims.details(ST_MARY_MEMBER));
        return net.insurerAdjudicates(filed.getLinearId());
    }

    private MemberHistoryAnswer historyAsked(Node provider, String member) {
        return net.finish(provider.startFlow(new MemberHistoryFlow.Initiator(InMemoryNetwork.INSURER, member)));
    }

    private static List<MemberConsentState> consentsAt(Node node) {
        return node.ledger().vault().unconsumed(MemberConsentState.class).stream().map(s -> s.getState().getData()).toList();
    }

    private InMemoryClaimAuditTrail insurerAudit() {
        return net.network.auditTrail(InMemoryNetwork.INSURER);
    }

    @Test
    void the_insurer_and_the_provider_keep_a_consent_dated_now_and_the_auditor_its_tear_off() {
        MemberConsentState consent = stMarysConsent();
        SecureHash recorded = net.insurer().ledger().vault().latest(consent.getLinearId(), MemberConsentState.class)
                .orElseThrow().getRef().getTxhash();

        assertThat(consent.getIssuedAt()).isEqualTo(now);
        assertThat(consent.getProvider()).isEqualTo(net.stMary().identity());
        assertThat(consentsAt(net.insurer())).containsExactly(consent);
        assertThat(consentsAt(net.stMary())).containsExactly(consent);
        assertThat(consentsAt(net.auditor())).as("a member id is PHI: no grant opens a consent to the auditor").isEmpty();
        assertThat(net.network.auditorsTearOffs().find(recorded).orElseThrow().commandNames()).contains("Record");
        assertThat(consentsAt(net.lakeside())).as("another provider learns nothing of it").isEmpty();
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void under_a_consent_the_provider_gets_the_claims_other_providers_filed_for_the_member() {
        ClaimState lakesides = lakesideTreatsStMarysPatient();
        net.providerSubmits(net.stMary());
        MemberConsentState consent = stMarysConsent();

        MemberHistoryAnswer answer = historyAsked(net.stMary(), ST_MARY_MEMBER);

        assertThat(answer.getRefusal()).isNull();
        assertThat(answer.getConsentId()).isEqualTo(consent.getLinearId().getId().toString());
        assertThat(answer.getClaims()).as("Lakeside's claim only, not St. Mary's own").singleElement().satisfies(claim -> {
            assertThat(claim.getStatus()).isEqualTo(lakesides.getStatus().name());
            assertThat(claim.getDiagnosisCodes()).isEqualTo(lakesides.getClaim().getDiagnosisCodes());
            assertThat(claim.getServices()).extracting(s -> s.getProcedureCode() + "@" + s.getDateOfService())
                    .containsExactlyElementsOf(lakesides.getClaim().getServiceLines().stream()
                            .map(l -> l.getProcedureCode() + "@" + l.getDateOfService()).toList());
            assertThat(claim.getBilled()).isEqualByComparingTo(lakesides.getClaim().totalCharge());
            assertThat(claim.getPaid()).isEqualByComparingTo(lakesides.getAdjudication().totalPaid());
            assertThat(claim.getAllowed()).isNotNull();
        });
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void the_insurer_records_each_claim_disclosed_before_it_answers() {
        ClaimState lakesides = lakesideTreatsStMarysPatient();
        MemberConsentState consent = stMarysConsent();

        historyAsked(net.stMary(), ST_MARY_MEMBER);

        assertThat(insurerAudit().entriesFor(lakesides.getLinearId().getId().toString(), 10))
                .filteredOn(e -> e.action().equals(AuditTrailDisclosures.DISCLOSE_MEMBER_HISTORY))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(ClaimAuditTrail.ALLOWED);
                    assertThat(e.detail()).isEqualTo("to St. Mary Hospital under consent " + consent.getLinearId().getId());
                });
    }

    @Test
    void a_consented_history_without_other_providers_claims_is_empty_and_recorded_under_the_consent() {
        net.providerSubmits(net.stMary());
        MemberConsentState consent = stMarysConsent();

        MemberHistoryAnswer answer = historyAsked(net.stMary(), ST_MARY_MEMBER);

        assertThat(answer.getRefusal()).isNull();
        assertThat(answer.getClaims()).as("St. Mary's own claim is not its history at others").isEmpty();
        assertThat(insurerAudit().entriesFor(consent.getLinearId().getId().toString(), 10))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditTrailDisclosures.DISCLOSE_MEMBER_HISTORY);
                    assertThat(e.detail()).isEqualTo("no claims, to St. Mary Hospital under consent " + consent.getLinearId().getId());
                });
    }

    @Test
    void without_a_consent_the_provider_is_refused_saying_so_and_the_refusal_is_recorded() {
        lakesideTreatsStMarysPatient();

        MemberHistoryAnswer answer = historyAsked(net.stMary(), ST_MARY_MEMBER);

        assertThat(answer.getRefusal()).contains("No consent of member " + ST_MARY_MEMBER + " for St. Mary Hospital");
        assertThat(answer.getClaims()).isEmpty();
        assertThat(insurerAudit().entries()).filteredOn(e -> e.action().equals(AuditTrailDisclosures.DISCLOSE_MEMBER_HISTORY))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(ClaimAuditTrail.REFUSED);
                    assertThat(e.detail()).isEqualTo("no consent in force, to St. Mary Hospital").doesNotContain(ST_MARY_MEMBER);
                });
    }

    @Test
    void a_withdrawn_consent_is_kept_by_both_and_no_longer_answered() {
        lakesideTreatsStMarysPatient();
        MemberConsentState consent = stMarysConsent();

        net.finish(net.insurer().startFlow(new WithdrawConsentFlow.Initiator(consent.getLinearId(), "The member asked by phone")));

        for (Node keeper : List.of(net.insurer(), net.stMary())) {
            List<MemberConsentState> versions = keeper.ledger().vault().history(consent.getLinearId(), MemberConsentState.class)
                    .stream().map(s -> s.getState().getData()).toList();
            assertThat(versions).as("at " + keeper).hasSize(2);
            assertThat(versions.get(1).getWithdrawnAt()).isEqualTo(now);
            assertThat(versions.get(1).getWithdrawalReason()).isEqualTo("The member asked by phone");
        }
        MemberHistoryAnswer answer = historyAsked(net.stMary(), ST_MARY_MEMBER);
        assertThat(answer.getRefusal()).contains("No consent of member " + ST_MARY_MEMBER);
        assertThat(answer.getClaims()).isEmpty();
    }

    @Test
    void a_consent_is_withdrawn_once() {
        MemberConsentState consent = stMarysConsent();
        net.finish(net.insurer().startFlow(new WithdrawConsentFlow.Initiator(consent.getLinearId(), "The member asked")));

        assertThat(net.failureOf(net.insurer().startFlow(new WithdrawConsentFlow.Initiator(consent.getLinearId(), "again"))))
                .contains("was withdrawn already");
    }

    @Test
    void an_expired_consent_is_no_longer_answered() {
        lakesideTreatsStMarysPatient();
        consentFor(ST_MARY_MEMBER, net.stMary(), Duration.ofDays(1));
        assertThat(historyAsked(net.stMary(), ST_MARY_MEMBER).getRefusal()).as("while in force").isNull();

        net.network.advanceTime(Duration.ofDays(1));

        assertThat(historyAsked(net.stMary(), ST_MARY_MEMBER).getRefusal()).contains("No consent of member " + ST_MARY_MEMBER);
    }

    @Test
    void a_consent_opens_nothing_to_another_provider_nor_another_members_history() {
        lakesideTreatsStMarysPatient();
        net.providerSubmits(net.stMary(), SampleClaims.details(LAKESIDE_MEMBER));
        stMarysConsent();

        MemberHistoryAnswer toLakeside = historyAsked(net.lakeside(), ST_MARY_MEMBER);
        MemberHistoryAnswer otherMember = historyAsked(net.stMary(), LAKESIDE_MEMBER);

        assertThat(toLakeside.getRefusal()).contains("No consent of member " + ST_MARY_MEMBER + " for Lakeside Clinic");
        assertThat(toLakeside.getClaims()).isEmpty();
        assertThat(otherMember.getRefusal()).contains("No consent of member " + LAKESIDE_MEMBER + " for St. Mary Hospital");
        assertThat(otherMember.getClaims()).isEmpty();
    }

    @Test
    void only_a_provider_may_ask_and_only_an_insurer_records_consents() {
        stMarysConsent();

        assertThat(net.failureOf(net.auditor().startFlow(new MemberHistoryFlow.Initiator(InMemoryNetwork.INSURER, ST_MARY_MEMBER))))
                .contains("answers questions for a member's history from providers only");
        assertThat(net.failureOf(net.stMary().startFlow(new RecordConsentFlow.Initiator(ST_MARY_MEMBER, net.lakeside().name(),
                "our own idea", now.plus(Duration.ofDays(30))))))
                .contains("Only an insurer records its members' consents");
        assertThat(net.failureOf(net.insurer().startFlow(new RecordConsentFlow.Initiator(ST_MARY_MEMBER, net.auditor().name(),
                "not a provider", now.plus(Duration.ofDays(30))))))
                .contains("No provider " + net.auditor().name() + " on the network map");
    }

    @Test
    void the_contract_refuses_a_consent_the_insurer_cannot_bound() {
        assertThat(net.failureOf(net.insurer().startFlow(new RecordConsentFlow.Initiator(ST_MARY_MEMBER, net.stMary().name(),
                "forever", now.plus(Duration.ofDays(400))))))
                .contains("A consent may last at most 366 days");
        assertThat(consentsAt(net.insurer())).isEmpty();
        assertThat(consentsAt(net.stMary())).isEmpty();
    }

    @Test
    void a_provider_refuses_to_record_a_consent_that_names_another_provider() {
        net.insurer().startFlow(new MisaddressedConsent(net.stMary().name(), net.lakeside().name(), now.plus(Duration.ofDays(30))));
        net.network.runNetwork();

        assertThat(consentsAt(net.stMary())).isEmpty();
        assertThat(net.stMary().flows().failedFlows()).extracting(Checkpoint::failure)
                .anySatisfy(why -> assertThat(why).contains("the consent names another provider"));
    }

    /** An insurer that sends St. Mary, under the consent protocol, a consent recorded for Lakeside. */
    static final class MisaddressedConsent extends InsurerTransactionFlow {

        private final CordaX500Name sentTo;
        private final CordaX500Name named;
        private final Instant expiresAt;

        MisaddressedConsent(CordaX500Name sentTo, CordaX500Name named, Instant expiresAt) {
            this.sentTo = sentTo;
            this.named = named;
            this.expiresAt = expiresAt;
        }

        @Override
        protected WireTransactionBuilder build(FlowContext context) {
            Instant at = context.clock().instant();
            return new WireTransactionBuilder(context.notary())
                    .output(MemberConsentState.record(context.ourIdentity(), context.party(named), ST_MARY_MEMBER, "care",
                            at, expiresAt), MemberConsentContract.ID)
                    .command(new MemberConsentContract.Commands.Record(), context.ourIdentity().getOwningKey())
                    .timeWindow(TimeWindow.between(at.minusSeconds(60), at.plusSeconds(600)));
        }

        @Override
        protected List<FlowSession> participantSessions(FlowContext context, SignedTransaction signed) {
            return List.of(context.initiate(context.party(sentTo), RecordConsentFlow.Initiator.class));
        }
    }
}
