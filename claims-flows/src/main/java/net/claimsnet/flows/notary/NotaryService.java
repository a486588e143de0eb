package net.claimsnet.flows.notary;

import net.claimsnet.contracts.OutputCustody;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.claimsnet.ledger.transactions.TransactionSigner;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.FilteredTransaction;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The notary's decision on one request: the Merkle proofs hold and show every input, reference,
 * the time window, the notary and the custody of the outputs; the notary named is this one; the
 * request is signed by the requester's key on the network map and sent by the requester itself; its
 * clock is inside the time window; no input or reference was consumed before; and the requester is a
 * custodian (participant) of every input. Then it commits the inputs, the outputs' custody and the
 * signed request, and signs.
 */
public final class NotaryService {

    private static final Logger LOG = Logger.getLogger(NotaryService.class.getName());

    private final Party identity;
    private final TransactionSigner signer;
    private final Clock clock;
    private final UniquenessProvider uniqueness;
    private final TrustedNetworkMap networkMap;

    public NotaryService(Party identity, KeyPair keyPair, Clock clock, UniquenessProvider uniqueness,
                         TrustedNetworkMap networkMap) {
        if (!identity.getOwningKey().equals(keyPair.getPublic())) {
            throw new IllegalArgumentException("The notary's key pair is not " + identity.getName() + "'s key");
        }
        this.identity = identity;
        this.signer = new TransactionSigner(keyPair);
        this.clock = clock;
        this.uniqueness = uniqueness;
        this.networkMap = networkMap;
    }

    public Party identity() {
        return identity;
    }

    public UniquenessProvider uniqueness() {
        return uniqueness;
    }

    /** Decides on a request that came over a session with {@code counterparty}. */
    public NotarisationResponse process(NotarisationRequest request, CordaX500Name counterparty) {
        FilteredTransaction tearOff = request.getTransaction();
        OutputCustody custody;
        try {
            NotaryTearOff.check(tearOff);
            custody = NotaryTearOff.custodyOf(tearOff);
        } catch (LedgerException e) {
            return NotarisationResponse.refused(NotaryRefusal.INVALID_TEAR_OFF, e.getMessage());
        }
        if (!identity.equals(tearOff.getNotary())) {
            return NotarisationResponse.refused(NotaryRefusal.INVALID_TEAR_OFF, "Transaction " + tearOff.getId()
                    + " names notary " + tearOff.getNotary() + ", not " + identity.getName());
        }
        List<StateRef> inputs = tearOff.getInputs();
        List<StateRef> references = tearOff.getReferences();
        if (!request.getRequester().equals(counterparty)) {
            return NotarisationResponse.refused(NotaryRefusal.BAD_REQUEST_SIGNATURE, "The request for transaction "
                    + tearOff.getId() + " names " + request.getRequester() + " as its requester but came from " + counterparty);
        }
        Optional<PublicKey> requesterKey = keyOf(counterparty);
        SignedNotarisationRequest signed = SignedNotarisationRequest.of(SignedNotarisationRequest.content(tearOff.getId(),
                inputs, references, identity.getName(), counterparty), counterparty, request.getSignature());
        if (requesterKey.isEmpty() || !signed.isSignedBy(requesterKey.get())) {
            return NotarisationResponse.refused(NotaryRefusal.BAD_REQUEST_SIGNATURE, "The request for transaction "
                    + tearOff.getId() + " is not signed by " + counterparty + "'s key on the network map");
        }
        Instant now = clock.instant();
        // A request committed before is a retry (its answer was lost): it gets its signature again,
        // whatever the time now; the time window proved the transaction's time when it was committed.
        TimeWindow window = tearOff.getTimeWindow();
        if (window != null && !window.contains(now) && !uniqueness.isCommitted(tearOff.getId())) {
            return NotarisationResponse.outsideTimeWindow("Transaction " + tearOff.getId() + " has time window "
                    + describe(window) + ", which does not contain the notary's time " + now);
        }
        CommitResult result = uniqueness.commit(new NotaryCommit(tearOff.getId(), inputs, references, counterparty,
                NotaryCommit.fingerprint(requesterKey.get()), custodians(custody), signed, now));
        if (!result.conflicts().isEmpty()) {
            return NotarisationResponse.refused("Transaction " + tearOff.getId() + " conflicts with earlier transactions: "
                    + result.conflicts().stream().map(StateConflict::toString).collect(Collectors.joining("; ")),
                    result.conflicts());
        }
        if (!result.notCustodianOf().isEmpty()) {
            return NotarisationResponse.refused(NotaryRefusal.NOT_A_PARTICIPANT, result.notCustodianOf().stream()
                    .map(input -> counterparty + " is not a participant of input " + input)
                    .collect(Collectors.joining("; ")));
        }
        if (result.inputsWithoutCustody() > 0) {
            // Refs and names only: what the operator needs to see how much was consumed on a signature alone.
            LOG.info(() -> "Transaction " + tearOff.getId() + " consumed " + result.inputsWithoutCustody()
                    + " input(s) committed before the notary kept custody, on " + counterparty + "'s signed request alone");
        }
        return NotarisationResponse.signed(signer.signatureOver(tearOff.getId()));
    }

    /** Who signed the request kept with a commit, and whether it holds; for the operator, nothing of a claim. */
    public record KeptRequest(CordaX500Name signer, boolean signatureValid) {
    }

    /**
     * The signed request kept with a commit, checked again now: signed by the key the network map
     * gives its signer, over a request for this very transaction.
     */
    public Optional<KeptRequest> keptRequest(SecureHash transactionId) {
        return uniqueness.signedRequestOf(transactionId).map(request -> new KeptRequest(request.requester(),
                keyOf(request.requester()).map(key -> request.isSignedBy(key) && request.isFor(transactionId)).orElse(false)));
    }

    private Optional<PublicKey> keyOf(CordaX500Name name) {
        return networkMap.find(name).map(NetworkMapEntry::getOwningKey);
    }

    private static List<Set<String>> custodians(OutputCustody custody) {
        return custody.getOutputs().stream()
                .map(output -> output.getKeys().stream().map(NotaryCommit::fingerprint)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .<Set<String>>map(keys -> keys)
                .toList();
    }

    private static String describe(TimeWindow window) {
        return "[" + (window.getFromTime() == null ? "-" : window.getFromTime()) + ", "
                + (window.getUntilTime() == null ? "-" : window.getUntilTime()) + ")";
    }
}
