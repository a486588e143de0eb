package net.claimsnet.flows.notary;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.claimsnet.ledger.transactions.TransactionSigner;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.FilteredTransaction;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The notary's decision on one tear-off: the Merkle proofs hold and show every input, reference,
 * the time window and the notary; the notary named is this one; its clock is inside the time
 * window; and no input or reference was consumed before. Then it commits the inputs and signs.
 */
public final class NotaryService {

    private final Party identity;
    private final TransactionSigner signer;
    private final Clock clock;
    private final UniquenessProvider uniqueness;

    public NotaryService(Party identity, KeyPair keyPair, Clock clock, UniquenessProvider uniqueness) {
        if (!identity.getOwningKey().equals(keyPair.getPublic())) {
            throw new IllegalArgumentException("The notary's key pair is not " + identity.getName() + "'s key");
        }
        this.identity = identity;
        this.signer = new TransactionSigner(keyPair);
        this.clock = clock;
        this.uniqueness = uniqueness;
    }

    public Party identity() {
        return identity;
    }

    public UniquenessProvider uniqueness() {
        return uniqueness;
    }

    public NotarisationResponse process(FilteredTransaction tearOff, CordaX500Name requester) {
        try {
            NotaryTearOff.check(tearOff);
        } catch (LedgerException e) {
            return NotarisationResponse.refused(e.getMessage(), List.of());
        }
        if (!identity.equals(tearOff.getNotary())) {
            return NotarisationResponse.refused("Transaction " + tearOff.getId() + " names notary "
                    + tearOff.getNotary() + ", not " + identity.getName(), List.of());
        }
        List<StateRef> inputs = tearOff.getInputs();
        List<StateRef> references = tearOff.getReferences();
        Instant now = clock.instant();
        // A request committed before is a retry (its answer was lost): it gets its signature again,
        // whatever the time now; the time window proved the transaction's time when it was committed.
        TimeWindow window = tearOff.getTimeWindow();
        if (window != null && !window.contains(now) && !uniqueness.isCommitted(tearOff.getId())) {
            return NotarisationResponse.outsideTimeWindow("Transaction " + tearOff.getId() + " has time window "
                    + describe(window) + ", which does not contain the notary's time " + now);
        }
        CommitResult result = uniqueness.commit(tearOff.getId(), inputs, references, requester, now);
        if (!result.isCommitted()) {
            return NotarisationResponse.refused("Transaction " + tearOff.getId() + " conflicts with earlier transactions: "
                    + result.conflicts().stream().map(StateConflict::toString).collect(Collectors.joining("; ")),
                    result.conflicts());
        }
        return NotarisationResponse.signed(signer.signatureOver(tearOff.getId()));
    }

    private static String describe(TimeWindow window) {
        return "[" + (window.getFromTime() == null ? "-" : window.getFromTime()) + ", "
                + (window.getUntilTime() == null ? "-" : window.getUntilTime()) + ")";
    }
}
