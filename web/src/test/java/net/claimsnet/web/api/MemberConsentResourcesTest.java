package net.claimsnet.web.api;

import jakarta.ws.rs.core.Response;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.DeskAccessDeniedException;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.node.desk.MemberConsentConflictException;
import net.claimsnet.node.desk.MemberConsentDesk;
import net.claimsnet.node.desk.MemberHistoryRefusedException;
import net.claimsnet.web.api.MemberConsentViews.ConsentInput;
import net.claimsnet.web.api.MemberConsentViews.ConsentListView;
import net.claimsnet.web.api.MemberConsentViews.ConsentView;
import net.claimsnet.web.api.MemberConsentViews.MemberHistoryView;
import net.claimsnet.web.api.MemberConsentViews.WithdrawalInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static net.claimsnet.web.api.ApiTestNetwork.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The consents and member history resources over real desks on the in-JVM network (its clock at 2025-04-01T12:00Z):
 * Acme's adjuster records M-1001's consent for St. Mary, whose billing staff then read the claim Lakeside filed.
 */
class MemberConsentResourcesTest {

    private static final String ST_MARY = "St. Mary Hospital";

    private final ApiTestNetwork net = new ApiTestNetwork();
    private final ClaimDeskExceptionMapper mapper = new ClaimDeskExceptionMapper();
    private final ConsentsResource insurerAdjuster = consents(net.network.insurer(), "adjuster@acme", "ADJUSTER");
    private final ConsentsResource stMaryBilling = consents(net.network.stMary(), "billing@stmary", "BILLING");
    private final ConsentsResource stMaryAdmin = consents(net.network.stMary(), "admin@stmary", "NODE_ADMIN");
    private final MemberHistoryResource stMaryHistory = history(net.network.stMary(), "billing@stmary", "BILLING");
    /** A BILLING login on the insurer's node: past the resource's role check, refused by the desk for the node. */
    private final MemberHistoryResource billingAtTheInsurer = history(net.network.insurer(), "billing@acme", "BILLING");

    private MemberConsentDesk desk(Node node) {
        return new MemberConsentDesk(node, new InMemoryClaimAuditTrail(net.network.clock()), handle -> net.network.runNetwork());
    }

    private ConsentsResource consents(Node node, String user, String... roles) {
        return new ConsentsResource(desk(node), new FakeSecurityContext(user, roles));
    }

    private MemberHistoryResource history(Node node, String user, String... roles) {
        return new MemberHistoryResource(desk(node), new FakeSecurityContext(user, roles));
    }

    @AfterEach
    void close() {
        net.close();
    }

    private static ConsentInput stMaryUntil(String lastDay) {
        return new ConsentInput(MEMBER, ST_MARY, "Continuity of care: cardiology referral", lastDay);
    }

    private ConsentView recorded() {
        return (ConsentView) insurerAdjuster.record(stMaryUntil("2025-06-30")).getEntity();
    }

    private void lakesideFilesForTheMember() {
        net.network.lakeside().startFlow(new SubmitClaimFlow.Initiator(ClaimAssembler.details(ApiTestNetwork.claim("LAK-1")),
                InMemoryNetwork.INSURER));
        net.network.runNetwork();
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidDeskInputException) e).field();
    }

    @Test
    void a_consent_answers_201_with_its_location_and_the_provider_lists_it() {
        Response response = insurerAdjuster.record(stMaryUntil("2025-06-30"));

        assertThat(response.getStatus()).isEqualTo(201);
        ConsentView consent = (ConsentView) response.getEntity();
        assertThat(response.getLocation().toString()).isEqualTo("consents/" + consent.id());
        assertThat(consent.memberId()).isEqualTo(MEMBER);
        assertThat(consent.provider()).isEqualTo(net.network.stMary().name().toString());
        assertThat(consent.issuedAt()).isEqualTo("2025-04-01T12:00:00Z");
        assertThat(consent.expiresAt()).as("the end of the last day, UTC").isEqualTo("2025-07-01T00:00:00Z");
        assertThat(consent.inForce()).isTrue();
        ConsentListView held = stMaryBilling.consents();
        assertThat(held.total()).isEqualTo(1);
        assertThat(held.consents().get(0).id()).isEqualTo(consent.id());
    }

    @Test
    void under_the_consent_the_history_answers_200_with_the_other_providers_claim() {
        lakesideFilesForTheMember();
        ConsentView consent = recorded();

        MemberHistoryView history = stMaryHistory.history(MEMBER, null);

        assertThat(history.consentId()).isEqualTo(consent.id());
        assertThat(history.total()).isEqualTo(1);
        assertThat(history.claims().get(0).diagnosisCodes()).containsExactly("E11.9", "I10");
        assertThat(history.claims().get(0).services()).extracting(s -> s.procedureCode() + "@" + s.dateOfService())
                .containsExactly("99213@2025-03-10", "85025@2025-03-10");
        assertThat(history.claims().get(0).billed()).isEqualByComparingTo(new BigDecimal("190.00"));
        assertThat(ApiTestNetwork.answer(() -> stMaryHistory.history(MEMBER, null)).getStatus()).isEqualTo(200);
    }

    @Test
    void without_a_consent_the_history_is_403_no_consent_saying_whose_consent_is_missing() {
        lakesideFilesForTheMember();

        Response refused = ApiTestNetwork.answer(() -> stMaryHistory.history(MEMBER, null));

        assertThat(refused.getStatus()).isEqualTo(403);
        ApiError error = ApiTestNetwork.error(refused);
        assertThat(error.error()).isEqualTo(ClaimDeskExceptionMapper.NO_CONSENT);
        assertThat(error.message()).contains("No consent of member " + MEMBER + " for St. Mary Hospital");
    }

    @Test
    void a_withdrawn_consent_is_listed_as_not_in_force_ends_the_history_and_a_second_withdrawal_is_409() {
        ConsentView consent = recorded();

        ConsentView withdrawn = insurerAdjuster.withdraw(consent.id(), new WithdrawalInput("The member asked by phone"));

        assertThat(withdrawn.withdrawalReason()).isEqualTo("The member asked by phone");
        assertThat(withdrawn.inForce()).isFalse();
        assertThat(stMaryBilling.consents().consents()).extracting(ConsentView::inForce).containsExactly(false);
        assertThat(catchThrowable(() -> stMaryHistory.history(MEMBER, null))).isInstanceOf(MemberHistoryRefusedException.class);
        Throwable again = catchThrowable(() -> insurerAdjuster.withdraw(consent.id(), new WithdrawalInput("again")));
        assertThat(again).isInstanceOf(MemberConsentConflictException.class);
        assertThat(mapper.toResponse((MemberConsentConflictException) again).getStatus()).isEqualTo(409);
    }

    @Test
    void each_malformed_field_is_named_before_the_desk_looks_at_the_node() {
        assertThatThrownBy(() -> stMaryAdmin.record(new ConsentInput(null, null, null, null)))
                .as("an empty body is a 400 on any node, as the security suite expects").isInstanceOf(InvalidDeskInputException.class);
        assertThatThrownBy(() -> insurerAdjuster.record(null)).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("body"));
        assertThatThrownBy(() -> insurerAdjuster.record(new ConsentInput("M".repeat(65), ST_MARY, "x", "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("memberId"));
        assertThatThrownBy(() -> insurerAdjuster.record(new ConsentInput(MEMBER, " ", "x", "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("provider"));
        assertThatThrownBy(() -> insurerAdjuster.record(new ConsentInput(MEMBER, "Nowhere Clinic", "x", "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("provider"));
        assertThatThrownBy(() -> insurerAdjuster.record(new ConsentInput(MEMBER, ST_MARY, null, "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("purpose"));
        assertThatThrownBy(() -> insurerAdjuster.record(stMaryUntil("30/06/2025")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("lastDay"));
        assertThatThrownBy(() -> insurerAdjuster.record(stMaryUntil("2026-06-30")))
                .as("more than 366 days ahead").satisfies(e -> assertThat(fieldOf(e)).isEqualTo("expiresAt"));
        assertThatThrownBy(() -> insurerAdjuster.withdraw("any", new WithdrawalInput(" ")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("reason"));
        assertThatThrownBy(() -> stMaryHistory.history("M".repeat(65), null)).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("memberId"));
        assertThatThrownBy(() -> stMaryHistory.history(MEMBER, "Beacon Mutual")).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("insurer"));
        assertThat(ApiTestNetwork.answer(() -> insurerAdjuster.record(stMaryUntil("2025-02-30"))).getStatus())
                .as("never a 500").isEqualTo(400);
        assertThat(stMaryBilling.consents().total()).isZero();
    }

    @Test
    void the_wrong_node_with_a_valid_body_is_refused_403_forbidden() {
        Throwable refused = catchThrowable(() -> stMaryAdmin.record(stMaryUntil("2025-06-30")));
        assertThat(refused).isInstanceOf(DeskAccessDeniedException.class);
        Response answer = mapper.toResponse((DeskAccessDeniedException) refused);
        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(((ApiError) answer.getEntity()).error()).isEqualTo("forbidden");
        assertThatThrownBy(stMaryAdmin::consents).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> billingAtTheInsurer.history(MEMBER, null)).isInstanceOf(DeskAccessDeniedException.class);
    }
}
