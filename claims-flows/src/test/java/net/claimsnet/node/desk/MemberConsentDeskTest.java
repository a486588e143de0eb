package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.consent.MemberHistoryAnswer;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.MemberConsentState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The member consent desk on the deterministic in-JVM network: the insurer's staff record and withdraw consents,
 * the provider named reads them and asks for the member's history, and every refusal (input, role, node, state,
 * the member's) is audited and comes before any flow.
 */
class MemberConsentDeskTest {

    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);
    private static final DeskUser ADMIN = DeskUser.of("admin@acme", DeskRole.NODE_ADMIN);
    private static final DeskUser ST_MARY_BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final DeskUser LAKESIDE_BILLING = DeskUser.of("billing@lakeside", DeskRole.BILLING);
    private static final DeskUser ST_MARY_ADMIN = DeskUser.of("admin@stmary", DeskRole.NODE_ADMIN);
    private static final DeskUser AUDITOR = DeskUser.of("auditor@regulator", DeskRole.AUDITOR);
    private static final String ST_MARY = "St. Mary Hospital";

    private final ClaimNetwork net = new ClaimNetwork();
    private final Instant now = net.network.clock().instant();
    private final InMemoryClaimAuditTrail insurerAudit = new InMemoryClaimAuditTrail(net.network.clock());
    private final InMemoryClaimAuditTrail stMaryAudit = new InMemoryClaimAuditTrail(net.network.clock());
    private final MemberConsentDesk insurerDesk = desk(net.insurer(), insurerAudit);
    private final MemberConsentDesk stMaryDesk = desk(net.stMary(), stMaryAudit);
    private final MemberConsentDesk lakesideDesk = desk(net.lakeside(), new InMemoryClaimAuditTrail(net.network.clock()));

    private MemberConsentDesk desk(Node node, ClaimAuditTrail audit) {
        return new MemberConsentDesk(node, audit, handle -> net.network.runNetwork());
    }

    @AfterEach
    void close() {
        net.close();
    }

    private MemberConsentState recorded() {
        return insurerDesk.record(ADJUSTER, " " + ST_MARY_MEMBER + " ", ST_MARY, "  Continuity of care ", now.plus(Duration.ofDays(30)));
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidDeskInputException) e).field();
    }

    @Test
    void an_adjuster_records_a_consent_and_the_provider_named_reads_it() {
        MemberConsentState consent = recorded();

        assertThat(consent.getMemberId()).isEqualTo(ST_MARY_MEMBER);
        assertThat(consent.getPurpose()).isEqualTo("Continuity of care");
        assertThat(consent.getProvider()).isEqualTo(net.stMary().identity());
        assertThat(stMaryDesk.consents(ST_MARY_BILLING)).containsExactly(consent);
        assertThat(insurerDesk.consents(ADMIN)).containsExactly(consent);
        assertThat(lakesideDesk.consents(LAKESIDE_BILLING)).isEmpty();
        assertThat(insurerAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::action, InMemoryClaimAuditTrail.Entry::claimId,
                        InMemoryClaimAuditTrail.Entry::outcome)
                .containsExactly(tuple("RECORD_CONSENT", MemberConsentDesk.idOf(consent), ClaimAuditTrail.ALLOWED),
                        tuple("READ_CONSENTS", MemberConsentDesk.idOf(consent), ClaimAuditTrail.ALLOWED));
        assertThat(insurerAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::detail)
                .as("the trail names no member").noneMatch(detail -> detail != null && detail.contains(ST_MARY_MEMBER));
    }

    @Test
    void the_provider_named_gets_the_history_and_its_question_is_audited_under_the_consent() {
        ClaimState lakesides = net.providerSubmits(net.lakeside(), SampleClaims.details(ST_MARY_MEMBER));
        MemberConsentState consent = recorded();

        MemberHistoryAnswer answer = stMaryDesk.history(ST_MARY_BILLING, ST_MARY_MEMBER, null);

        assertThat(answer.getClaims()).singleElement().satisfies(claim ->
                assertThat(claim.getBilled()).isEqualByComparingTo(lakesides.getClaim().totalCharge()));
        assertThat(stMaryAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::action, InMemoryClaimAuditTrail.Entry::claimId,
                        InMemoryClaimAuditTrail.Entry::outcome, InMemoryClaimAuditTrail.Entry::detail)
                .containsExactly(tuple("READ_MEMBER_HISTORY", MemberConsentDesk.idOf(consent), ClaimAuditTrail.ALLOWED, "1 claims"));
    }

    @Test
    void without_a_consent_the_history_is_refused_saying_whose_consent_is_missing() {
        net.providerSubmits(net.lakeside(), SampleClaims.details(ST_MARY_MEMBER));

        assertThatThrownBy(() -> stMaryDesk.history(ST_MARY_BILLING, ST_MARY_MEMBER, "Acme Health Insurance"))
                .isInstanceOf(MemberHistoryRefusedException.class)
                .hasMessageContaining("No consent of member " + ST_MARY_MEMBER + " for St. Mary Hospital");
        assertThat(stMaryAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::action, InMemoryClaimAuditTrail.Entry::outcome)
                .containsExactly(tuple("READ_MEMBER_HISTORY", ClaimAuditTrail.REFUSED));
    }

    @Test
    void a_withdrawal_reaches_the_provider_ends_the_history_and_a_second_one_is_a_conflict() {
        MemberConsentState consent = recorded();

        MemberConsentState withdrawn = insurerDesk.withdraw(ADMIN, MemberConsentDesk.idOf(consent), "The member asked by phone");

        assertThat(withdrawn.isWithdrawn()).isTrue();
        assertThat(stMaryDesk.consents(ST_MARY_BILLING)).containsExactly(withdrawn);
        assertThatThrownBy(() -> stMaryDesk.history(ST_MARY_BILLING, ST_MARY_MEMBER, null))
                .isInstanceOf(MemberHistoryRefusedException.class);
        assertThatThrownBy(() -> insurerDesk.withdraw(ADMIN, MemberConsentDesk.idOf(consent), "again"))
                .isInstanceOf(MemberConsentConflictException.class).hasMessageContaining("was withdrawn already");
    }

    @Test
    void a_second_consent_in_force_for_the_same_member_and_provider_is_a_conflict() {
        MemberConsentState consent = recorded();

        assertThatThrownBy(this::recorded).isInstanceOf(MemberConsentConflictException.class)
                .hasMessageContaining(MemberConsentDesk.idOf(consent)).hasMessageContaining("in force already");
        assertThat(insurerDesk.consents(ADMIN)).containsExactly(consent);
    }

    @Test
    void bad_input_is_refused_naming_the_field_before_any_flow() {
        Instant later = now.plus(Duration.ofDays(1));
        assertThatThrownBy(() -> insurerDesk.record(ADJUSTER, " ", ST_MARY, "care", later))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("memberId"));
        assertThatThrownBy(() -> insurerDesk.record(ADJUSTER, "M-NOBODY", ST_MARY, "care", later))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("memberId")).hasMessage("No member M-NOBODY is enrolled with this insurer");
        assertThatThrownBy(() -> insurerDesk.record(ADJUSTER, ST_MARY_MEMBER, "Nowhere Clinic", "care", later))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("provider"));
        assertThatThrownBy(() -> insurerDesk.record(ADJUSTER, ST_MARY_MEMBER, "Acme Health Insurance", "care", later))
                .as("the insurer is no provider").satisfies(e -> assertThat(fieldOf(e)).isEqualTo("provider"));
        assertThatThrownBy(() -> insurerDesk.record(ADJUSTER, ST_MARY_MEMBER, ST_MARY, "x".repeat(201), later))
                .isInstanceOf(InvalidDeskInputException.class).hasMessage("The purpose is at most 200 characters; was 201");
        assertThatThrownBy(() -> insurerDesk.record(ADJUSTER, ST_MARY_MEMBER, ST_MARY, "care", now))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("expiresAt"));
        assertThatThrownBy(() -> insurerDesk.record(ADJUSTER, ST_MARY_MEMBER, ST_MARY, "care", now.plus(Duration.ofDays(367))))
                .isInstanceOf(InvalidDeskInputException.class).hasMessageContaining("at most 366 days from now");
        assertThatThrownBy(() -> insurerDesk.withdraw(ADMIN, "not-a-consent", "why"))
                .isInstanceOf(MemberConsentNotFoundException.class);
        assertThatThrownBy(() -> stMaryDesk.history(ST_MARY_BILLING, "M".repeat(65), null))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("memberId"));
        assertThatThrownBy(() -> stMaryDesk.history(ST_MARY_BILLING, ST_MARY_MEMBER, "Beacon Mutual"))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("insurer"));

        assertThat(insurerDesk.consents(ADMIN)).isEmpty();
        assertThat(net.insurer().flows().runningCount()).isZero();
        assertThat(net.stMary().flows().runningCount()).isZero();
    }

    @Test
    void only_the_insurers_staff_record_and_only_billing_staff_of_a_provider_ask() {
        assertThatThrownBy(() -> stMaryDesk.record(ST_MARY_ADMIN, ST_MARY_MEMBER, ST_MARY, "care", now.plus(Duration.ofDays(1))))
                .isInstanceOf(DeskAccessDeniedException.class)
                .hasMessageContaining("Only NODE_ADMIN or ADJUSTER users of an insurer node record members' consents");
        assertThatThrownBy(() -> insurerDesk.withdraw(AUDITOR, "any", "why")).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> stMaryDesk.consents(ST_MARY_ADMIN))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("Members' consents are read by");
        assertThatThrownBy(() -> insurerDesk.consents(ST_MARY_BILLING)).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> insurerDesk.history(ADJUSTER, ST_MARY_MEMBER, null))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("ask for a member's history");
        assertThat(insurerAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::outcome).containsOnly(ClaimAuditTrail.DENIED);
        assertThat(stMaryAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::outcome).containsOnly(ClaimAuditTrail.DENIED);
    }

    @Test
    void the_insurers_disclosure_is_in_its_own_audit_log_as_well() {
        ClaimState lakesides = net.providerSubmits(net.lakeside(), SampleClaims.details(ST_MARY_MEMBER));
        recorded();

        stMaryDesk.history(ST_MARY_BILLING, ST_MARY_MEMBER, null);

        assertThat(net.network.auditTrail(InMemoryNetwork.INSURER).entriesFor(lakesides.getLinearId().getId().toString(), 10))
                .extracting(ClaimAuditEntry::action).contains(AuditTrailDisclosures.DISCLOSE_MEMBER_HISTORY);
    }
}
