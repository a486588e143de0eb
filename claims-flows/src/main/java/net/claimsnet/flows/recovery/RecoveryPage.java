package net.claimsnet.flows.recovery;

import net.corda.core.serialization.CordaSerializable;

import java.util.List;

/**
 * A peer's answer to a {@link RecoveryRequest}: how many transactions follow on the session (each
 * with its back chain to fetch), where the next page's scan starts, whether there is more, and the
 * answers to the session questions.
 */
@CordaSerializable
public final class RecoveryPage {

    private final int transactions;
    private final int nextSkip;
    private final boolean more;
    private final List<SessionAnswer> sessions;

    public RecoveryPage(int transactions, int nextSkip, boolean more, List<SessionAnswer> sessions) {
        this.transactions = transactions;
        this.nextSkip = nextSkip;
        this.more = more;
        this.sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    public int getTransactions() {
        return transactions;
    }

    public int getNextSkip() {
        return nextSkip;
    }

    public boolean isMore() {
        return more;
    }

    public List<SessionAnswer> getSessions() {
        return sessions;
    }
}
