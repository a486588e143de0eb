package net.claimsnet.web.api;

import jakarta.ws.rs.core.Response;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.AccessGrantConflictException;
import net.claimsnet.node.desk.AccessGrantDesk;
import net.claimsnet.node.desk.DeskAccessDeniedException;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.web.api.AccessGrantViews.AccessGrantInput;
import net.claimsnet.web.api.AccessGrantViews.AccessGrantListView;
import net.claimsnet.web.api.AccessGrantViews.AccessGrantView;
import net.claimsnet.web.api.AccessGrantViews.RevocationInput;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The access grants resource over real desks on the in-JVM network (its clock at 2025-04-01T12:00Z). */
class AccessGrantsResourceTest {

    private static final String ST_MARY = "O=St. Mary Hospital,L=Boston,C=US";

    private final ApiTestNetwork net = new ApiTestNetwork();
    private final AccessGrantsResource insurerAdmin = resource(net.network.insurer(), "admin@acme", "NODE_ADMIN");
    private final AccessGrantsResource auditor = resource(net.network.auditor(), "auditor@regulator", "AUDITOR");
    private final AccessGrantsResource providerAdmin = resource(net.network.stMary(), "admin@stmary", "NODE_ADMIN");
    private final ClaimDeskExceptionMapper mapper = new ClaimDeskExceptionMapper();

    private AccessGrantsResource resource(Node node, String user, String... roles) {
        return new AccessGrantsResource(new AccessGrantDesk(node, new InMemoryClaimAuditTrail(net.network.clock()),
                handle -> net.network.runNetwork()), new FakeSecurityContext(user, roles));
    }

    @AfterEach
    void close() {
        net.close();
    }

    private static AccessGrantInput stMarysClaimsUntil(String lastDay) {
        return new AccessGrantInput("provider", ST_MARY, null, null, "2025 Q1 claims audit", lastDay);
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidDeskInputException) e).field();
    }

    @Test
    void a_grant_answers_201_with_its_location_and_the_auditor_lists_it() {
        Response response = insurerAdmin.grant(stMarysClaimsUntil("2025-06-30"));

        assertThat(response.getStatus()).isEqualTo(201);
        AccessGrantView grant = (AccessGrantView) response.getEntity();
        assertThat(response.getLocation().toString()).isEqualTo("access-grants/" + grant.id());
        assertThat(grant.scope()).isEqualTo("PROVIDER");
        assertThat(grant.subject()).as("the name as the network map writes it").isEqualTo(CordaX500Name.parse(ST_MARY).toString());
        assertThat(grant.issuedAt()).isEqualTo("2025-04-01T12:00:00Z");
        assertThat(grant.expiresAt()).as("the end of the last day, UTC").isEqualTo("2025-07-01T00:00:00Z");
        assertThat(grant.inForce()).isTrue();
        AccessGrantListView held = auditor.grants();
        assertThat(held.total()).isEqualTo(1);
        assertThat(held.grants().get(0).id()).isEqualTo(grant.id());
    }

    @Test
    void a_revoked_grant_is_listed_as_not_in_force_and_a_second_revocation_is_409() {
        AccessGrantView grant = (AccessGrantView) insurerAdmin.grant(new AccessGrantInput("SERVICE_DATES", null, "2025-01-01",
                "2025-03-31", "Q1 review", "2025-05-31")).getEntity();

        AccessGrantView revoked = insurerAdmin.revoke(grant.id(), new RevocationInput("Audit closed early"));

        assertThat(revoked.revocationReason()).isEqualTo("Audit closed early");
        assertThat(revoked.inForce()).isFalse();
        assertThat(auditor.grants().grants()).extracting(AccessGrantView::inForce).containsExactly(false);
        Throwable again = catchThrowable(() -> insurerAdmin.revoke(grant.id(), new RevocationInput("again")));
        assertThat(again).isInstanceOf(AccessGrantConflictException.class);
        assertThat(mapper.toResponse((AccessGrantConflictException) again).getStatus()).isEqualTo(409);
    }

    @Test
    void each_malformed_field_is_named_before_the_desk_looks_at_the_node() {
        assertThatThrownBy(() -> providerAdmin.grant(new AccessGrantInput(null, null, null, null, null, null)))
                .as("an empty body is a 400 on any node, as the security suite expects").isInstanceOf(InvalidDeskInputException.class);
        assertThatThrownBy(() -> insurerAdmin.grant(new AccessGrantInput("everything", null, null, null, "x", "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("scope"));
        assertThatThrownBy(() -> insurerAdmin.grant(new AccessGrantInput("PROVIDER", "St. Mary", null, null, "x", "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("subject"));
        assertThatThrownBy(() -> insurerAdmin.grant(new AccessGrantInput("MEMBER", "M".repeat(65), null, null, "x", "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("subject"));
        assertThatThrownBy(() -> insurerAdmin.grant(new AccessGrantInput("SERVICE_DATES", null, "2025-01-01", null, "x", "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("until"));
        assertThatThrownBy(() -> insurerAdmin.grant(new AccessGrantInput("MEMBER", "M-1001", null, null, null, "2025-06-30")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("purpose"));
        assertThatThrownBy(() -> insurerAdmin.grant(stMarysClaimsUntil("30/06/2025")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("lastDay"));
        assertThatThrownBy(() -> insurerAdmin.grant(stMarysClaimsUntil("2026-06-30")))
                .as("more than 366 days ahead").satisfies(e -> assertThat(fieldOf(e)).isEqualTo("expiresAt"));
        assertThatThrownBy(() -> insurerAdmin.revoke("any", new RevocationInput(" ")))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("reason"));
        assertThat(auditor.grants().total()).isZero();
    }

    @Test
    void a_providers_administrator_with_a_valid_body_is_refused_403() {
        Throwable refused = catchThrowable(() -> providerAdmin.grant(stMarysClaimsUntil("2025-06-30")));
        assertThat(refused).isInstanceOf(DeskAccessDeniedException.class);
        assertThat(mapper.toResponse((DeskAccessDeniedException) refused).getStatus()).isEqualTo(403);
        assertThatThrownBy(providerAdmin::grants).isInstanceOf(DeskAccessDeniedException.class);
    }
}
