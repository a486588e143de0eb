/**
 * {@code ./bench network}: claims driven through the running five-node network over its REST API
 * (file at a provider, adjudicate and settle at the insurer, wait until the provider sees the claim
 * settled), after the insurer's administrator has enrolled the members the claims use (one bulk
 * request to /api/coverages/batch), over the nodes' HTTPS listeners trusting the network's TLS root
 * ({@link net.claimsnet.bench.network.TlsRoot}). The main code here uses the JDK only
 * ({@code java.net.http}), so {@code ./bench} compiles it with {@code javac} alone, without a Maven
 * build; its tests check the statistics, that the generated claims pass the shipped scrub rules, and
 * the REST conversations against a stand-in server.
 */
package net.claimsnet.bench.network;
