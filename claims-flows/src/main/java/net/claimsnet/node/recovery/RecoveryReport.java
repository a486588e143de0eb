package net.claimsnet.node.recovery;

import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a node's catch-up after a restore went, for its readiness and the operator: per peer, what it
 * offered and what was recorded anew (or why the peer could not be asked), the flows abandoned, and the
 * filing reservations derived again. Counts and names only: no claim data.
 *
 * @param since the time the peers were asked from: the backup's time less {@link LedgerRecovery#CLOCK_MARGIN}
 */
public record RecoveryReport(Instant backupTakenAt, Instant since, boolean finished, List<PeerResult> peers,
                             List<String> abandonedFlows, int reservationsDerived) {

    /** One peer's part. {@code failure} is null when the peer answered. */
    public record PeerResult(CordaX500Name peer, int offered, int recorded, String failure) {
    }

    public RecoveryReport {
        peers = List.copyOf(peers);
        abandonedFlows = List.copyOf(abandonedFlows);
    }

    /** Whether every peer answered. */
    public boolean complete() {
        return finished && peers.stream().allMatch(p -> p.failure() == null);
    }

    public int recorded() {
        return peers.stream().mapToInt(PeerResult::recorded).sum();
    }

    public String describe() {
        List<String> parts = new ArrayList<>();
        for (PeerResult peer : peers) {
            parts.add(peer.failure() == null
                    ? peer.peer().getOrganisation() + ": " + peer.recorded() + " of " + peer.offered() + " offered recorded"
                    : peer.peer().getOrganisation() + ": not recovered (" + peer.failure() + ")");
        }
        String state = !finished ? "in progress" : complete() ? "done" : "done, with peers missing";
        return "restored from a backup taken at " + backupTakenAt + "; recovery from the peers since " + since + " " + state
                + (parts.isEmpty() ? "" : ": " + String.join("; ", parts))
                + (abandonedFlows.isEmpty() ? "" : "; " + abandonedFlows.size() + " flow(s) of the backup abandoned (their peers had finished)")
                + (reservationsDerived == 0 ? "" : "; " + reservationsDerived + " filing reservation(s) derived again");
    }
}
