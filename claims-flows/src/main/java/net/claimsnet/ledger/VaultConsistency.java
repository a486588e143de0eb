package net.claimsnet.ledger;

import net.claimsnet.ledger.storage.TransactionStore;
import net.claimsnet.ledger.storage.VaultStore;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks that the vault says what the recorded transactions say: each output this node keeps is held,
 * each input it holds is consumed. A transaction and its vault changes are written in one database
 * transaction, so they can only disagree through a fault outside the node's code (a database restored
 * without its twin tables, an edit by hand, a node of a version that wrote them apart); the vault is
 * then repaired by applying those transactions to it again, which changes nothing it already holds.
 * A node checks the transactions it recorded last as it starts ({@link #STARTUP_CHECKED}).
 */
public final class VaultConsistency {

    /**
     * How many of the latest transactions a node checks as it starts: those a crash could have caught
     * half written (a node runs a few dozen flows at once).
     */
    public static final int STARTUP_CHECKED = 256;

    /** What a check found: how many transactions it read, and those whose vault changes it applied again. */
    public record Report(int checked, List<SecureHash> repaired, List<SecureHash> unreadable) {

        public boolean agreed() {
            return repaired.isEmpty() && unreadable.isEmpty();
        }

        /** For the node's log and readiness (transaction ids only: no claim data). */
        public String describe() {
            if (agreed()) {
                return "the vault agrees with the latest " + checked + " transactions";
            }
            List<String> found = new ArrayList<>();
            if (!repaired.isEmpty()) {
                found.add("the vault disagreed with " + repaired.size() + " of the latest " + checked
                        + " transactions and was repaired (" + repaired + ")");
            }
            if (!unreadable.isEmpty()) {
                found.add(unreadable.size() + " of the latest " + checked + " transactions could not be read back: " + unreadable);
            }
            return String.join("; ", found);
        }
    }

    private final TransactionStore transactions;
    private final VaultStore vault;
    private final Predicate<ContractState> kept;

    /** @param kept which outputs this node's vault keeps (those it takes part in; every one on an observer) */
    VaultConsistency(TransactionStore transactions, VaultStore vault, Predicate<ContractState> kept) {
        this.transactions = transactions;
        this.vault = vault;
        this.kept = kept;
    }

    /** Checks the latest transactions recorded, oldest first, and repairs the vault where it disagrees. */
    public Report checkLatest(int count) {
        List<SecureHash> ids = transactions.latest(count);
        List<SecureHash> repaired = new ArrayList<>();
        List<SecureHash> unreadable = new ArrayList<>();
        for (SecureHash id : ids) {
            SignedTransaction transaction = transactions.find(id).orElse(null);
            if (transaction == null) {
                unreadable.add(id);
                continue;
            }
            WireTransaction wire = transaction.getTx();
            List<StateAndRef<ContractState>> produced = keptOutputs(wire);
            if (!agrees(wire, produced)) {
                vault.apply(new ArrayList<>(wire.getInputs()), produced);
                repaired.add(id);
            }
        }
        return new Report(ids.size(), List.copyOf(repaired), List.copyOf(unreadable));
    }

    private boolean agrees(WireTransaction wire, List<StateAndRef<ContractState>> produced) {
        for (StateAndRef<ContractState> output : produced) {
            if (!vault.holds(output.getRef())) {
                return false;
            }
        }
        for (StateRef input : wire.getInputs()) {
            if (vault.holds(input) && !vault.isConsumed(input)) {
                return false;
            }
        }
        return true;
    }

    private List<StateAndRef<ContractState>> keptOutputs(WireTransaction wire) {
        List<StateAndRef<ContractState>> produced = new ArrayList<>();
        for (int index = 0; index < wire.getOutputs().size(); index++) {
            if (kept.test(wire.getOutputs().get(index).getData())) {
                produced.add(wire.outRef(index));
            }
        }
        return produced;
    }
}
