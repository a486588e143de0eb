package net.claimsnet.flows.transport.http;

import net.claimsnet.node.tls.TlsCertificateIssuer;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import javax.security.auth.x500.X500Principal;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender of a P2P message must be the subject of the peer's TLS certificate, as X.500 names. */
class PeerCertificatesTest {

    private static final CordaX500Name ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    private static final CordaX500Name LAKESIDE = CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US");
    private static final KeyPair ROOT_KEY = TlsCertificateIssuer.newKeyPair();
    private static final TlsCertificateIssuer ISSUER = new TlsCertificateIssuer(ROOT_KEY.getPrivate(),
            TlsCertificateIssuer.selfSignedRoot(ROOT_KEY, new X500Principal("CN=Test Root,O=Test,C=CH"), Instant.now()));

    @Test
    void the_certificate_of_the_sender_authenticates_it() {
        assertThat(PeerCertificates.checkSender(chainFor(ST_MARY.getX500Principal()), ST_MARY)).isEmpty();
    }

    @Test
    void the_same_name_with_its_attributes_in_another_order_and_spacing_is_the_same_sender() {
        X500Principal reordered = new X500Principal("C=US, L=Boston, O=St. Mary Hospital");

        assertThat(PeerCertificates.checkSender(chainFor(reordered), ST_MARY)).isEmpty();
    }

    @Test
    void another_nodes_certificate_does_not() {
        assertThat(PeerCertificates.checkSender(chainFor(LAKESIDE.getX500Principal()), ST_MARY))
                .hasValue("the peer's TLS certificate is O=Lakeside Clinic, L=Denver, C=US's, the message is from "
                        + "O=St. Mary Hospital, L=Boston, C=US");
    }

    @Test
    void a_name_differing_in_one_attribute_does_not() {
        X500Principal otherCity = new X500Principal("O=St. Mary Hospital,L=Cambridge,C=US");

        assertThat(PeerCertificates.checkSender(chainFor(otherCity), ST_MARY)).isPresent();
    }

    @Test
    void a_subject_that_is_no_legal_name_does_not() {
        assertThat(PeerCertificates.checkSender(chainFor(new X500Principal("CN=St. Mary Hospital")), ST_MARY))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not a node's legal name"));
    }

    @Test
    void no_certificate_does_not() {
        assertThat(PeerCertificates.checkSender(null, ST_MARY)).hasValue("the peer presented no TLS certificate");
        assertThat(PeerCertificates.checkSender(new X509Certificate[0], ST_MARY)).hasValue("the peer presented no TLS certificate");
    }

    private static X509Certificate[] chainFor(X500Principal subject) {
        KeyPair key = TlsCertificateIssuer.newKeyPair();
        return new X509Certificate[]{ISSUER.issue(subject, key.getPublic(), List.of("localhost"), Instant.now()), ISSUER.root()};
    }
}
