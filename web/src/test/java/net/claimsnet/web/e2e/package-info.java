/**
 * End-to-end tests of the whole network on this machine: {@code ./network up} (five Payara domains),
 * HTTP and REST against the running nodes, {@code ./network down}. Run only with
 * {@code mvn verify -Pnetwork-e2e -pl web -am} (classes named *E2E, picked up by no other run). The
 * classes share one running network ({@link net.claimsnet.web.e2e.RunningNetwork}); they reuse the
 * network benchmark's REST client and claim generator (claims-flows' test JAR).
 */
package net.claimsnet.web.e2e;
