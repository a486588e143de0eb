/**
 * The node's web module: the JSON API's root ({@code /api}) and, below, its channels (health now;
 * REST, FHIR, P2P and the desks to come).
 */
package net.claimsnet.web;
