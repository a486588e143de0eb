package net.claimsnet.ledger.transactions;

import net.corda.core.contracts.ComponentGroupEnum;
import net.corda.core.contracts.PrivacySalt;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.crypto.DigestService;
import net.corda.core.crypto.SecureHash;
import net.corda.core.internal.TransactionUtilsKt;
import net.corda.core.transactions.ComponentGroup;
import net.corda.core.transactions.WireTransaction;
import net.corda.core.utilities.OpaqueBytes;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A proposal built again with a fresh time window after the notary refused the old one (its time was
 * past the window because it was down longer than the window lasts). Nothing was consumed, so the
 * same transaction with another window is safe to sign: every component group but the time window's
 * is kept byte for byte, with a fresh privacy salt, and a counterparty checks exactly that
 * ({@link #isRenewalOf}) before it looks at the renewal as a proposal again.
 */
public final class TimeWindowRenewal {

    private static final int TIME_WINDOW_GROUP = ComponentGroupEnum.TIMEWINDOW_GROUP.ordinal();

    private TimeWindowRenewal() {
    }

    /** The proposal with the given window instead of its own; it must have one. */
    public static WireTransaction renew(WireTransaction proposal, TimeWindow window) {
        Objects.requireNonNull(window, "window");
        if (proposal.getTimeWindow() == null) {
            throw new IllegalArgumentException("Transaction " + proposal.getId() + " has no time window to renew");
        }
        List<ComponentGroup> groups = new ArrayList<>();
        for (ComponentGroup group : proposal.getComponentGroups()) {
            groups.add(group.getGroupIndex() == TIME_WINDOW_GROUP ? timeWindowGroup(window) : group);
        }
        return new WireTransaction(groups, new PrivacySalt(), DigestService.Companion.getSha2_256());
    }

    /**
     * What a renewal keeps of a proposal with a time window, as one hash: every component group but the
     * window's (a counterparty keeps this, not the whole proposal, while it waits for the finished
     * transaction). Null for a transaction without a time window, which is never renewed.
     */
    public static SecureHash renewable(WireTransaction proposal) {
        if (proposal.getTimeWindow() == null) {
            return null;
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(kept)) {
            for (ComponentGroup group : proposal.getComponentGroups()) {
                if (group.getGroupIndex() == TIME_WINDOW_GROUP) {
                    continue;
                }
                out.writeInt(group.getGroupIndex());
                out.writeInt(group.getComponents().size());
                for (OpaqueBytes component : group.getComponents()) {
                    out.writeInt(component.getSize());
                    out.write(component.getBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SecureHash.sha256(kept.toByteArray());
    }

    /**
     * Whether {@code renewed} is the proposal that {@link #renewable} described, with another time
     * window: it has one, it is another transaction, and every other component is the same.
     */
    public static boolean isRenewalOf(WireTransaction renewed, SecureHash original, SecureHash originalId) {
        return original != null && renewed.getTimeWindow() != null && !renewed.getId().equals(originalId)
                && original.equals(renewable(renewed));
    }

    /** The time window's component group, serialized as every transaction builder does it. */
    private static ComponentGroup timeWindowGroup(TimeWindow window) {
        return TransactionUtilsKt.createComponentGroups(List.of(), List.of(), List.of(), List.of(), null, window, List.of(), null)
                .stream().filter(g -> g.getGroupIndex() == TIME_WINDOW_GROUP).findFirst()
                .orElseThrow(() -> new IllegalStateException("No time window group was made for " + window));
    }
}
