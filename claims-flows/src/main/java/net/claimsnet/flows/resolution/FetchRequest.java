package net.claimsnet.flows.resolution;

import net.corda.core.crypto.SecureHash;
import net.corda.core.serialization.CordaSerializable;

import java.util.List;

/** A receiver asks the sender of a transaction for transactions of its back chain, by id. */
@CordaSerializable
public final class FetchRequest {

    private final List<SecureHash> ids;

    public FetchRequest(List<SecureHash> ids) {
        this.ids = List.copyOf(ids);
    }

    public List<SecureHash> getIds() {
        return ids;
    }
}
