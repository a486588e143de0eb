package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimStatus;

import java.time.Instant;
import java.util.List;

/**
 * One step of a claim's history as the ledger recorded it: the transaction, its claim command(s), when
 * this node recorded it (null where the store keeps no time, as in memory), its time window (proved by
 * the notary's signature; only filings carry one), who signed, whether the notary did, and the claim's
 * status after it.
 */
public record ClaimTransaction(String transactionId, List<String> commands, Instant recordedAt,
                               Instant timeWindowFrom, Instant timeWindowUntil, List<String> signers,
                               boolean notarised, ClaimStatus statusAfter) {

    public ClaimTransaction {
        commands = List.copyOf(commands);
        signers = List.copyOf(signers);
    }
}
