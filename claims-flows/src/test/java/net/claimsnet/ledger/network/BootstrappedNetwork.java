package net.claimsnet.ledger.network;

import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.UnknownPartyException;
import net.claimsnet.ledger.attachments.InMemoryAttachmentStore;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NetworkMap;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.storage.InMemoryTornOffTransactionStore;
import net.claimsnet.ledger.storage.InMemoryTransactionStore;
import net.claimsnet.ledger.storage.InMemoryVault;
import net.corda.core.crypto.SignedData;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.node.NetworkParameters;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Map;

/** What a bootstrap produced: the operator's public key, the signed map, the parameters and each node's key. */
public final class BootstrappedNetwork {

    private final PublicKey operatorKey;
    private final SignedData<NetworkMap> signedMap;
    private final NetworkParameters parameters;
    private final Map<CordaX500Name, KeyPair> nodeKeys;

    BootstrappedNetwork(PublicKey operatorKey, SignedData<NetworkMap> signedMap, NetworkParameters parameters,
                        Map<CordaX500Name, KeyPair> nodeKeys) {
        this.operatorKey = operatorKey;
        this.signedMap = signedMap;
        this.parameters = parameters;
        this.nodeKeys = Map.copyOf(nodeKeys);
    }

    public PublicKey operatorKey() {
        return operatorKey;
    }

    public SignedData<NetworkMap> signedMap() {
        return signedMap;
    }

    public NetworkParameters parameters() {
        return parameters;
    }

    public KeyPair keyOf(CordaX500Name name) {
        KeyPair keyPair = nodeKeys.get(name);
        if (keyPair == null) {
            throw new UnknownPartyException(name.toString());
        }
        return keyPair;
    }

    /** The ledger of one node, with in-memory stores, trusting the map only after checking its signature. */
    public NodeLedger inMemoryLedger(CordaX500Name name, StoredAttachment contractsJar) {
        TrustedNetworkMap trusted = TrustedNetworkMap.verify(signedMap, operatorKey);
        return new NodeLedger(trusted.party(name), keyOf(name), trusted, parameters, contractsJar,
                new InMemoryAttachmentStore(), new InMemoryTransactionStore(), new InMemoryVault(),
                new InMemoryTornOffTransactionStore());
    }
}
