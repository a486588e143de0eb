/**
 * Integration tests against a real Payara (Arquillian's managed container): the node's EAR deployed
 * into a domain set up as {@code ./network} sets up a node (the notary of a network of its own that
 * {@code ./network prepare-it} bootstraps). Client-side ITs talk HTTP to the deployment; in-server
 * ones ({@code testable} deployments) add a test WAR to the EAR and run next to the node. Run by the
 * ear module with {@code mvn verify -Ppayara-it}, because only there does the freshly built EAR exist.
 */
package net.claimsnet.web.it;
