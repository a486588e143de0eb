/**
 * {@code ./chaos}: the fault test of the running network. {@link net.claimsnet.bench.chaos.ChaosRun}
 * files claims through the five nodes with clerks who retry as people do ({@link
 * net.claimsnet.bench.chaos.PersistentClerk}: the same claim id and Idempotency-Key again after a lost
 * answer, a read before doing a step twice) while {@link net.claimsnet.bench.chaos.Killer} kills a
 * random node every few seconds with {@code kill -9} and restarts it with {@code ./network up NODE}, now
 * and then after a stop longer than the outbox's longest retry delay (the notary's first). Once every
 * node is back and the claims under way have ended, it waits for every flow and outbox to come to
 * rest and checks, from the REST API and each node's ledger digest: every accepted claim in one
 * terminal state at every party with the same transactions, no claim filed, adjudicated or settled
 * twice, every state equal at every node that holds it and in line with the notary's commit log,
 * accumulators equal to the patient shares recorded, no flow left running. Like {@code ./bench
 * network}, the JDK only ({@code java.net.http}): {@code ./chaos} compiles it with {@code javac}.
 */
package net.claimsnet.bench.chaos;
