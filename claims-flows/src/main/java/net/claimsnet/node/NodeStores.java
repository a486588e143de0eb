package net.claimsnet.node;

import net.claimsnet.flows.checkpoint.CheckpointStore;
import net.claimsnet.flows.notary.UniquenessProvider;
import net.claimsnet.ledger.attachments.AttachmentStore;
import net.claimsnet.node.filing.FilingReservations;
import net.claimsnet.ledger.storage.TornOffTransactionStore;
import net.claimsnet.ledger.storage.TransactionStore;
import net.claimsnet.ledger.storage.VaultStore;

import java.util.Objects;

/**
 * What a node keeps across restarts: transactions (and tear-offs), vault, attachments, flow checkpoints (with the
 * inbox's processed message ids), the provider claim ids its filings took, and, on a notary, the consumed states. A restarted node is a new
 * {@link Node} over the same stores.
 */
public final class NodeStores {

    private final TransactionStore transactions;
    private final VaultStore vault;
    private final AttachmentStore attachments;
    private final CheckpointStore checkpoints;
    private final UniquenessProvider uniqueness;
    private final TornOffTransactionStore tornOff;
    private final FilingReservations filingReservations;

    /**
     * Every store is required: a node has no default for any of them (a server passes its JPA stores; tests their
     * own, e.g. the in-memory ones of {@code TestNodeStores} in the tests).
     */
    public NodeStores(TransactionStore transactions, VaultStore vault, AttachmentStore attachments,
                      CheckpointStore checkpoints, UniquenessProvider uniqueness, TornOffTransactionStore tornOff,
                      FilingReservations filingReservations) {
        this.filingReservations = Objects.requireNonNull(filingReservations, "filingReservations");
        this.tornOff = Objects.requireNonNull(tornOff, "tornOff");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.uniqueness = Objects.requireNonNull(uniqueness, "uniqueness");
    }

    public TransactionStore transactions() {
        return transactions;
    }

    public VaultStore vault() {
        return vault;
    }

    public AttachmentStore attachments() {
        return attachments;
    }

    public CheckpointStore checkpoints() {
        return checkpoints;
    }

    /** Transactions known only as Merkle tear-offs (another party's, whose outputs this node's transactions consume). */
    public TornOffTransactionStore tornOff() {
        return tornOff;
    }

    /** The provider claim ids its filings took (one claim per id; used on provider nodes). */
    public FilingReservations filingReservations() {
        return filingReservations;
    }

    /** The same stores with the given filing reservations (a node with a database keeps them there). */
    public NodeStores withFilingReservations(FilingReservations reservations) {
        return new NodeStores(transactions, vault, attachments, checkpoints, uniqueness, tornOff, reservations);
    }

    /** The notary's consumed states (unused on other nodes). */
    public UniquenessProvider uniqueness() {
        return uniqueness;
    }
}
