package net.claimsnet.flows.transport.http;

import net.corda.core.identity.CordaX500Name;

import javax.security.auth.x500.X500Principal;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Whether the peer at the other end of a mutual-TLS connection is the node that signed a P2P
 * message: the subject of the certificate it presented must be the message's sender. The TLS
 * listener has checked the chain against the network's TLS root (client authentication required,
 * the root the only trusted certificate) before a request gets here; this is the check the listener
 * cannot make, since only the message names its sender. Without it a node could send, over its own
 * connection, messages another node signed (replayed, or taken from a log).
 */
public final class PeerCertificates {

    private PeerCertificates() {
    }

    /**
     * Why the chain does not authenticate {@code sender}: there is no certificate, or the leaf's subject
     * is another name; empty when the leaf's subject is the sender. Names are compared as X.500 names,
     * not as strings (order and spacing of the attributes do not matter).
     */
    public static Optional<String> checkSender(X509Certificate[] chain, CordaX500Name sender) {
        if (chain == null || chain.length == 0 || chain[0] == null) {
            return Optional.of("the peer presented no TLS certificate");
        }
        X500Principal subject = chain[0].getSubjectX500Principal();
        CordaX500Name named;
        try {
            named = CordaX500Name.build(subject);
        } catch (IllegalArgumentException e) {
            return Optional.of("the peer's TLS certificate names " + subject.getName() + ", not a node's legal name");
        }
        if (!named.equals(sender)) {
            return Optional.of("the peer's TLS certificate is " + named + "'s, the message is from " + sender);
        }
        return Optional.empty();
    }
}
