/**
 * The network bootstrap for real nodes, as Corda's network bootstrapper: {@code ./network up} runs
 * {@link net.claimsnet.node.bootstrap.NetworkBootstrapMain} before it starts any server. It
 * generates what is missing under {@code .network/} (each node's Ed25519 key in a PKCS12 keystore
 * with a generated password, the operator's key, the operator-signed network map and network
 * parameters) and changes nothing that is already as config/nodes says; {@link
 * net.claimsnet.node.bootstrap.NetworkFiles} is the layout both the bootstrap and a starting node read.
 */
package net.claimsnet.node.bootstrap;
