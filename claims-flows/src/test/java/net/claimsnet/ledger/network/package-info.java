/**
 * A network bootstrap for tests and in-JVM benchmarks: node keys, the operator-signed network map and
 * the network parameters, generated in memory as Corda's network bootstrapper does, and ledgers over
 * in-memory stores. Real nodes are bootstrapped by {@code net.claimsnet.node.bootstrap} ({@code ./network up}).
 */
package net.claimsnet.ledger.network;
