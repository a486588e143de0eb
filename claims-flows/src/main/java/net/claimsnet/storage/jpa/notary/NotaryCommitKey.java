package net.claimsnet.storage.jpa.notary;

import java.io.Serializable;
import java.util.Objects;

/** The consumed state's ref: the transaction that produced it and the output's index. */
public class NotaryCommitKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String stateTxId;
    private int stateOutputIndex;

    protected NotaryCommitKey() {
    }

    public NotaryCommitKey(String stateTxId, int stateOutputIndex) {
        this.stateTxId = stateTxId;
        this.stateOutputIndex = stateOutputIndex;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NotaryCommitKey)) {
            return false;
        }
        NotaryCommitKey that = (NotaryCommitKey) other;
        return stateOutputIndex == that.stateOutputIndex && Objects.equals(stateTxId, that.stateTxId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stateTxId, stateOutputIndex);
    }
}
