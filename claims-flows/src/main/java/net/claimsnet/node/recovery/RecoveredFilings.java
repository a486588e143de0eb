package net.claimsnet.node.recovery;

import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.Node;
import net.claimsnet.node.filing.ClaimIdTakenException;
import net.claimsnet.node.filing.FilingFingerprint;
import net.claimsnet.node.filing.FilingReservation;
import net.claimsnet.node.filing.FilingReservations;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.FrequencyCode;
import net.corda.core.contracts.StateAndRef;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider's filing reservations for the claims it recovered: the backup lacks those of filings made
 * after it, and without them a second filing of such a claim id would start a new claim instead of
 * answering with the one on the ledger. The reservation names no flow of this node (the filing's flow
 * was lost with the database) but the transaction of the claim's latest state; its claim is on the
 * ledger, which is what a repeated filing is answered from.
 */
final class RecoveredFilings {

    /** The flow id a derived reservation names, before the transaction of the claim's state it was derived from. */
    static final String FLOW_PREFIX = "ledger-recovery:";

    private final Node node;
    private final AtomicInteger derived = new AtomicInteger();

    RecoveredFilings(Node node) {
        this.node = node;
    }

    int derived() {
        return derived.get();
    }

    /** Reserves the claim id of each claim this provider filed that the vault holds and no reservation names. */
    void deriveFromVault() {
        if (node.role() != NodeRole.PROVIDER) {
            return;
        }
        FilingReservations reservations = node.stores().filingReservations();
        String provider = node.name().toString();
        for (StateAndRef<ClaimState> held : node.ledger().vault().unconsumed(ClaimState.class)) {
            ClaimState claim = held.getState().getData();
            boolean filedHere = claim.getProvider().getName().equals(node.name())
                    && claim.getClaim().getFrequencyCode() != FrequencyCode.REPLACEMENT;
            String claimId = claim.getClaim().getClaimId();
            if (filedHere && reservations.find(provider, claimId).isEmpty()) {
                try {
                    reservations.reserve(new FilingReservation(provider, claimId, FilingFingerprint.of(claim.getClaim()),
                            FLOW_PREFIX + held.getRef().getTxhash(), node.services().clock().instant()));
                    derived.incrementAndGet();
                } catch (ClaimIdTakenException raced) {
                    // A filing of this id since the restore took it first: it is answered from the ledger all the same.
                }
            }
        }
    }
}
