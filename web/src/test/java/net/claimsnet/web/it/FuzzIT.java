package net.claimsnet.web.it;

import net.claimsnet.web.NetworkTrust;
import net.claimsnet.web.fuzz.FuzzRun;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz run of issue 15 against the deployed node, as its administrator (the IT domain is the
 * notary: the coverage and flow endpoints take its bodies and then refuse them, so nothing may change):
 * {@value FuzzRun#DEFAULT_COUNT} malformed JSON, FHIR and X12 bodies, paths and query strings
 * (-Dclaimsnet.fuzz.count, -Dclaimsnet.fuzz.seed for others), two at a time, over HTTPS. Every one
 * must be answered below 500 within 2 s, on a connection the server does not drop, and the node's
 * state must read the same afterwards; the printed line is {@code fuzz: requests=N 5xx=0 hung=0 changed=0}.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive node() {
        return NodeDeploymentIT.node();
    }

    @Test
    void ten_thousand_malformed_requests_get_no_server_error_no_hang_and_change_nothing() throws Exception {
        int count = Integer.getInteger("claimsnet.fuzz.count", FuzzRun.DEFAULT_COUNT);
        long seed = Long.getLong("claimsnet.fuzz.seed", FuzzRun.DEFAULT_SEED);
        FuzzRun run = new FuzzRun(NetworkTrust.https(base), NetworkTrust.itNetwork().sslContext(), "admin@notary", "admin-demo",
                FuzzRun.DEFAULT_FINGERPRINT);

        FuzzRun.Figures figures = run.run(count, seed, 2);

        System.out.println(figures.line());
        System.out.println(figures.details());
        assertThat(figures.requests()).isEqualTo(count);
        assertThat(figures.serverErrors()).as(figures.details()).isZero();
        assertThat(figures.hung()).as(figures.details()).isZero();
        assertThat(figures.dropped()).as(figures.details()).isZero();
        assertThat(figures.changed()).as(figures.details()).isZero();
        assertThat(figures.statuses()).as("the node answered, not only its server").containsKey("4xx");
    }
}
