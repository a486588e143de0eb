/**
 * {@code ./bench network}: claims driven through the running five-node network over its REST API
 * (file at a provider, adjudicate and settle at the insurer, wait until the provider sees the claim
 * settled). The main code here uses the JDK only ({@code java.net.http}), so {@code ./bench} compiles
 * it with {@code javac} alone, without a Maven build; its tests check the statistics and that the
 * generated claims pass the shipped scrub rules.
 */
package net.claimsnet.bench.network;
