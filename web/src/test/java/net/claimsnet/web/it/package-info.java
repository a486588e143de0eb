/**
 * Integration tests against a real Payara (Arquillian's managed container): the node's EAR deployed
 * into a domain set up as {@code ./network} sets up a node. Run by the ear module with
 * {@code mvn verify -Ppayara-it}, because only there does the freshly built EAR exist.
 */
package net.claimsnet.web.it;
