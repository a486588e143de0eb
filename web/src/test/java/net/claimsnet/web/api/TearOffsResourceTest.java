package net.claimsnet.web.api;

import jakarta.ws.rs.core.Response;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.AuditorTearOffDesk;
import net.claimsnet.node.desk.DeskAccessDeniedException;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.web.api.ClaimViews.ClaimView;
import net.claimsnet.web.api.ClaimViews.FilingView;
import net.claimsnet.web.api.TearOffsResource.ClaimFiguresListView;
import net.claimsnet.web.api.TearOffsResource.ClaimFiguresView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The auditor's figures of the claims no grant opens to it, over real desks on the in-JVM network. */
class TearOffsResourceTest {

    private final ApiTestNetwork net = new ApiTestNetwork();
    private final TearOffsResource auditor = resource(net.network.auditor(), "auditor@regulator", "AUDITOR");

    private TearOffsResource resource(Node node, String user, String... roles) {
        return new TearOffsResource(new AuditorTearOffDesk(node, new InMemoryClaimAuditTrail(net.network.clock())),
                new FakeSecurityContext(user, roles));
    }

    @AfterEach
    void close() {
        net.close();
    }

    /** St. Mary files a clean claim through its own API; the auditor gets the tear-off of its filing. */
    private ClaimView filed() {
        ClaimsResource billing = new ClaimsResource(net.desk(net.network.stMary()), new FakeSecurityContext("billing@stmary", "BILLING"));
        return ((FilingView) billing.submit(ApiTestNetwork.claim("CLM-T1")).getEntity()).claim();
    }

    @Test
    void the_auditor_reads_the_figures_of_a_claim_no_grant_opens() {
        ClaimView claim = filed();

        ClaimFiguresListView list = auditor.claims(100);

        assertThat(list.total()).isEqualTo(1);
        ClaimFiguresView figures = list.claims().get(0);
        assertThat(figures.claimId()).isEqualTo(claim.id());
        assertThat(figures.status()).isEqualTo("SUBMITTED");
        assertThat(figures.charged()).isEqualByComparingTo("190.00");
        assertThat(figures.paid()).isNull();
        assertThat(figures.provider()).isEqualTo(net.network.stMary().name().toString());
        assertThat(auditor.history(figures.claimId()).claims()).extracting(ClaimFiguresView::transactionId)
                .containsExactly(figures.transactionId());
    }

    @Test
    void an_unknown_claim_is_404_and_a_bad_max_is_400() {
        Response unknown = ApiTestNetwork.answer(() -> auditor.history(UUID.randomUUID().toString()));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> auditor.claims(0)).isInstanceOf(InvalidDeskInputException.class).hasMessageContaining("max");
        assertThatThrownBy(() -> auditor.claims(AuditorTearOffDesk.MAX_CLAIMS + 1)).isInstanceOf(InvalidDeskInputException.class);
    }

    @Test
    void only_the_auditors_auditor_users_read_them() {
        TearOffsResource adjuster = resource(net.network.insurer(), "adjuster@acme", "ADJUSTER");

        assertThatThrownBy(() -> adjuster.claims(10)).isInstanceOf(DeskAccessDeniedException.class);
    }
}
