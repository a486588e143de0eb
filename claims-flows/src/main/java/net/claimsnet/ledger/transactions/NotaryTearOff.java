package net.claimsnet.ledger.transactions;

import net.claimsnet.contracts.OutputCustody;
import net.claimsnet.ledger.LedgerException;
import net.corda.core.contracts.Command;
import net.corda.core.contracts.ComponentGroupEnum;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.identity.Party;
import net.corda.core.transactions.ComponentVisibilityException;
import net.corda.core.transactions.FilteredComponentGroup;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.FilteredTransactionVerificationException;
import net.corda.core.transactions.ReferenceStateRef;
import net.corda.core.transactions.WireTransaction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The part of a transaction a non-validating notary sees: inputs, reference states, time window,
 * notary and the custody of the outputs ({@link OutputCustody}: the participants' keys of each
 * output, with the signers' keys that every revealed command brings along), each with its Merkle
 * proof to the transaction id. Nothing of the claim itself (outputs, other commands, attachments)
 * is revealed.
 */
public final class NotaryTearOff {

    private static final Set<ComponentGroupEnum> REVEALED = EnumSet.of(
            ComponentGroupEnum.INPUTS_GROUP, ComponentGroupEnum.REFERENCES_GROUP,
            ComponentGroupEnum.TIMEWINDOW_GROUP, ComponentGroupEnum.NOTARY_GROUP);

    /** Revealed only for the custody command, and then only public keys. */
    private static final Set<ComponentGroupEnum> REVEALED_FOR_CUSTODY = EnumSet.of(
            ComponentGroupEnum.COMMANDS_GROUP, ComponentGroupEnum.SIGNERS_GROUP);

    private NotaryTearOff() {
    }

    public static FilteredTransaction of(WireTransaction transaction) {
        Party notary = transaction.getNotary();
        return transaction.buildFilteredTransaction(component ->
                component instanceof StateRef || component instanceof ReferenceStateRef
                        || component instanceof TimeWindow || (notary != null && notary.equals(component))
                        || (component instanceof Command && ((Command<?>) component).getValue() instanceof OutputCustody));
    }

    /**
     * Checks that every revealed component is proven part of the transaction, that all inputs,
     * references, the time window and the notary are revealed (none hidden to dodge the
     * uniqueness check), that the custody of the outputs is revealed once and no other command, and
     * that nothing else is.
     */
    public static void check(FilteredTransaction tearOff) {
        try {
            tearOff.verify();
            for (ComponentGroupEnum group : REVEALED) {
                tearOff.checkAllComponentsVisible(group);
            }
        } catch (FilteredTransactionVerificationException | ComponentVisibilityException | IllegalStateException | IllegalArgumentException e) {
            throw new LedgerException(tearOff.getId(), "its notary tear-off does not prove its components: " + e.getMessage(), e);
        }
        for (FilteredComponentGroup group : tearOff.getFilteredComponentGroups()) {
            boolean revealed = REVEALED.stream().anyMatch(g -> g.ordinal() == group.getGroupIndex())
                    || REVEALED_FOR_CUSTODY.stream().anyMatch(g -> g.ordinal() == group.getGroupIndex());
            if (!revealed && !group.getComponents().isEmpty()) {
                throw new LedgerException(tearOff.getId(), "its notary tear-off reveals more than the notary may see (component group "
                        + ComponentGroupEnum.values()[group.getGroupIndex()] + ")");
            }
        }
        if (tearOff.getNotary() == null) {
            throw new LedgerException(tearOff.getId(), "it names no notary");
        }
        custodyOf(tearOff);
    }

    /**
     * The custody command the tear-off reveals. The notary cannot tell whether the transaction
     * carries a second one it hides; the contracts refuse such a transaction, so outputs recorded
     * from it are outputs of a transaction no participant accepts.
     */
    public static OutputCustody custodyOf(FilteredTransaction tearOff) {
        List<Command<?>> commands;
        try {
            commands = tearOff.getCommands();
        } catch (RuntimeException e) {
            throw new LedgerException(tearOff.getId(), "its notary tear-off reveals commands that cannot be read: " + e.getMessage(), e);
        }
        if (commands.stream().anyMatch(command -> !(command.getValue() instanceof OutputCustody))) {
            throw new LedgerException(tearOff.getId(), "its notary tear-off reveals a command other than the custody of its outputs");
        }
        if (commands.size() != 1) {
            throw new LedgerException(tearOff.getId(), "its notary tear-off reveals " + commands.size()
                    + " custody commands; the notary needs the custody of its outputs, once");
        }
        return (OutputCustody) commands.get(0).getValue();
    }
}
