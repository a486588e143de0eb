package net.claimsnet.ledger.transactions;

import net.claimsnet.ledger.LedgerException;
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
import java.util.Set;

/**
 * The part of a transaction a non-validating notary sees: inputs, reference states, time window
 * and notary, each with its Merkle proof to the transaction id. Nothing of the claim itself
 * (outputs, commands, attachments) is revealed.
 */
public final class NotaryTearOff {

    private static final Set<ComponentGroupEnum> REVEALED = EnumSet.of(
            ComponentGroupEnum.INPUTS_GROUP, ComponentGroupEnum.REFERENCES_GROUP,
            ComponentGroupEnum.TIMEWINDOW_GROUP, ComponentGroupEnum.NOTARY_GROUP);

    private NotaryTearOff() {
    }

    public static FilteredTransaction of(WireTransaction transaction) {
        Party notary = transaction.getNotary();
        return transaction.buildFilteredTransaction(component ->
                component instanceof StateRef || component instanceof ReferenceStateRef
                        || component instanceof TimeWindow || (notary != null && notary.equals(component)));
    }

    /**
     * Checks that every revealed component is proven part of the transaction, that all inputs,
     * references, the time window and the notary are revealed (none hidden to dodge the
     * uniqueness check), and that nothing else is.
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
            boolean revealed = REVEALED.stream().anyMatch(g -> g.ordinal() == group.getGroupIndex());
            if (!revealed && !group.getComponents().isEmpty()) {
                throw new LedgerException(tearOff.getId(), "its notary tear-off reveals more than the notary may see (component group "
                        + ComponentGroupEnum.values()[group.getGroupIndex()] + ")");
            }
        }
        if (tearOff.getNotary() == null) {
            throw new LedgerException(tearOff.getId(), "it names no notary");
        }
    }
}
