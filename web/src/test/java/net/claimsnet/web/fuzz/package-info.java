/**
 * The fuzz run of issue 15: a JDK-only client that sends generated malformed requests (JSON, FHIR and
 * X12 bodies, paths and query strings) to a running node and counts server errors, requests left
 * unanswered for 2 s and changes of the node's state; run by FuzzIT in CI, or by hand with
 * {@link net.claimsnet.web.fuzz.FuzzRun#main}.
 */
package net.claimsnet.web.fuzz;
