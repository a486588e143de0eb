/**
 * The security suite of issue 15: every endpoint of a node (the JSON API from /openapi, FHIR from its
 * CapabilityStatement, X12 from its resource classes, the desk's pages from the webapp) called on every
 * node as nobody, as each of the node's demo users and as another node's users, each answer checked
 * against one table of who may call what ({@link net.claimsnet.web.e2e.security.AccessRules}).
 */
package net.claimsnet.web.e2e.security;
