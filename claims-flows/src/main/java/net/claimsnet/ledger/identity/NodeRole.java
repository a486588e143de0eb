package net.claimsnet.ledger.identity;

import net.corda.core.serialization.CordaSerializable;

/** What an organisation's node does on the network. */
@CordaSerializable
public enum NodeRole {
    PROVIDER, INSURER, NOTARY, AUDITOR
}
