package net.claimsnet.flows.notary;

import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Commits for the uniqueness stores' own tests, as the notary service makes them: each requester
 * has a key of its own (one per name for the test JVM), signs its request with it, and is recorded
 * by the fingerprint of that key.
 */
public final class NotaryCommits {

    public static final CordaX500Name NOTARY = CordaX500Name.parse("O=ClaimsNet Notary, L=Chicago, C=US");

    private static final Map<CordaX500Name, KeyPair> KEYS = new ConcurrentHashMap<>();

    private NotaryCommits() {
    }

    public static KeyPair keyOf(CordaX500Name requester) {
        return KEYS.computeIfAbsent(requester, name -> Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512));
    }

    /** The fingerprint the store records for this requester's key. */
    public static String custodian(CordaX500Name requester) {
        return NotaryCommit.fingerprint(keyOf(requester).getPublic());
    }

    /** A commit of a transaction without outputs. */
    public static NotaryCommit commit(SecureHash transactionId, List<StateRef> inputs, List<StateRef> references,
                                      CordaX500Name requester, Instant at) {
        return commit(transactionId, inputs, references, requester, List.of(), at);
    }

    public static NotaryCommit commit(SecureHash transactionId, List<StateRef> inputs, List<StateRef> references,
                                      CordaX500Name requester, List<Set<String>> outputCustodians, Instant at) {
        return new NotaryCommit(transactionId, inputs, references, requester, custodian(requester), outputCustodians,
                signedRequest(transactionId, inputs, references, requester), at);
    }

    public static SignedNotarisationRequest signedRequest(SecureHash transactionId, List<StateRef> inputs,
                                                          List<StateRef> references, CordaX500Name requester) {
        byte[] content = SignedNotarisationRequest.content(transactionId, inputs, references, NOTARY, requester);
        KeyPair key = keyOf(requester);
        try {
            return SignedNotarisationRequest.of(content, requester,
                    new DigitalSignature.WithKey(key.getPublic(), Crypto.doSign(key.getPrivate(), content)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
