package net.claimsnet.flows.notary;

import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.CryptoUtils;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the notary asks its uniqueness store to commit for one transaction: the states it consumes
 * and relies on, who asks (name, and the fingerprint of its key on the network map), the custodians
 * of each output (fingerprints of the participants' keys, output by output) and the signed request,
 * kept with the commit.
 */
public record NotaryCommit(SecureHash transactionId, List<StateRef> inputs, List<StateRef> references,
                           CordaX500Name requester, String requesterKey, List<Set<String>> outputCustodians,
                           SignedNotarisationRequest signedRequest, Instant at) {

    public NotaryCommit {
        Objects.requireNonNull(transactionId, "transactionId");
        inputs = List.copyOf(inputs);
        references = List.copyOf(references);
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(requesterKey, "requesterKey");
        outputCustodians = outputCustodians.stream().map(Set::copyOf).toList();
        Objects.requireNonNull(signedRequest, "signedRequest");
        Objects.requireNonNull(at, "at");
    }

    /**
     * How the store writes a key: Corda's short form, a SHA-256 of the encoded key in base 58 (46
     * characters), which names the key without storing it.
     */
    public static String fingerprint(PublicKey key) {
        return CryptoUtils.toStringShort(key);
    }
}
