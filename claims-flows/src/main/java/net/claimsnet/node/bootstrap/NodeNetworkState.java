package net.claimsnet.node.bootstrap;

import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.corda.core.node.NetworkParameters;

import java.security.KeyPair;

/**
 * What a node needs from the bootstrap to start: its own key pair, the network map and the network
 * parameters, both checked against the operator's key.
 */
public record NodeNetworkState(KeyPair keyPair, TrustedNetworkMap networkMap, NetworkParameters parameters) {
}
