package net.claimsnet.web.e2e.security;

import net.claimsnet.node.desk.DeskRole;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static net.claimsnet.ledger.identity.NodeRole.INSURER;
import static net.claimsnet.ledger.identity.NodeRole.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

/** What the suite expects of each caller, and how it reads an answer: without a network. */
class AccessRuleTest {

    private static final Caller NOBODY = Caller.anonymous();
    private static final Caller ADJUSTER = Caller.ownUser("adjuster@acme", "x", DeskRole.ADJUSTER);
    private static final Caller ADMIN = Caller.ownUser("admin@acme", "x", DeskRole.NODE_ADMIN);
    private static final Caller STRANGER = Caller.otherNodesUser("admin@stmary", "x", DeskRole.NODE_ADMIN);

    @Test
    void a_role_granted_on_one_kind_of_node_is_refused_on_another_and_other_roles_everywhere() {
        AccessRule settle = new AccessRule(Endpoint.parse("POST /api/claims/{id}/settlement"), AccessRule.Access.LOGIN,
                Grant.on(INSURER, DeskRole.ADJUSTER));

        assertThat(settle.expectedFor(ADJUSTER, INSURER)).isEqualTo(Outcome.ANSWERED);
        assertThat(settle.expectedFor(ADJUSTER, PROVIDER)).isEqualTo(Outcome.FORBIDDEN);
        assertThat(settle.expectedFor(ADMIN, INSURER)).isEqualTo(Outcome.FORBIDDEN);
        assertThat(settle.expectedFor(NOBODY, INSURER)).isEqualTo(Outcome.LOGIN_REFUSED);
        assertThat(settle.expectedFor(STRANGER, INSURER)).isEqualTo(Outcome.LOGIN_REFUSED);
    }

    @Test
    void another_nodes_user_is_refused_its_login_even_where_nobody_needs_one_on_a_machine_interface_but_not_on_the_desk() {
        AccessRule p2p = new AccessRule(Endpoint.parse("POST /api/p2p/messages"), AccessRule.Access.PEERS_ONLY, Set.of());
        AccessRule loginPage = new AccessRule(Endpoint.parse("GET /login.xhtml"), AccessRule.Access.OPEN, Set.of());

        assertThat(p2p.expectedFor(NOBODY, INSURER)).isEqualTo(Outcome.FORBIDDEN);
        assertThat(p2p.expectedFor(ADMIN, INSURER)).isEqualTo(Outcome.FORBIDDEN);
        assertThat(p2p.expectedFor(STRANGER, INSURER)).isEqualTo(Outcome.LOGIN_REFUSED);
        assertThat(loginPage.expectedFor(STRANGER, INSURER)).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void the_desk_asks_for_a_login_with_a_redirect_to_its_login_page_and_a_server_error_is_never_an_answer() {
        assertThat(Outcome.of(Surface.DESK, 302, Optional.of("https://127.0.0.1:8281/login.xhtml"))).isEqualTo(Outcome.LOGIN_REFUSED);
        assertThat(Outcome.of(Surface.DESK, 302, Optional.of("https://127.0.0.1:8281/adjuster/dashboard.xhtml")))
                .isEqualTo(Outcome.ANSWERED);
        assertThat(Outcome.of(Surface.API, 404, Optional.empty())).isEqualTo(Outcome.ANSWERED);
        assertThat(Outcome.of(Surface.API, 500, Optional.empty())).isEqualTo(Outcome.SERVER_ERROR);
        assertThat(Outcome.of(Surface.API, 429, Optional.empty())).isEqualTo(Outcome.RATE_LIMITED);
    }

    @Test
    void an_endpoint_found_without_a_line_and_a_line_without_its_endpoint_are_both_named() {
        AccessRules rules = new AccessRules().login("GET /api/claims", Grant.anywhere(DeskRole.BILLING));
        Endpoint found = Endpoint.parse("GET /api/new-thing");

        assertThat(rules.withoutRule(Set.of(found, Endpoint.parse("GET /api/claims")))).containsExactly(found);
        assertThat(rules.withoutEndpoint(Set.of(found))).containsExactly(Endpoint.parse("GET /api/claims"));
    }

    @Test
    void a_403_for_a_members_missing_consent_is_an_answer_and_a_403_for_the_role_is_not() {
        String noConsent = "{\"error\":\"no-consent\",\"message\":\"No consent of member M-1 for St. Mary Hospital\",\"status\":403}";
        String forbidden = "{\"error\":\"forbidden\",\"message\":\"Only BILLING users of a provider node ask for a member's history\"}";

        assertThat(Outcome.of(Surface.API, 403, Optional.empty(), noConsent)).isEqualTo(Outcome.ANSWERED);
        assertThat(Outcome.of(Surface.API, 403, Optional.empty(), forbidden)).isEqualTo(Outcome.FORBIDDEN);
        assertThat(Outcome.of(Surface.API, 403, Optional.empty(), null)).isEqualTo(Outcome.FORBIDDEN);
    }
}
