/**
 * Database transactions per settled claim (issue 16): {@link net.claimsnet.bench.commits.CommitsPerClaim}
 * runs claims through five in-JVM nodes on H2 files over HTTP and prints, per node, the transactions a
 * claim costs and what they were for ({@link net.claimsnet.bench.commits.TransactionsByPurpose}, a
 * counting decorator of the storage's transaction port); {@code CommitsPerClaimTest} keeps the insurer's
 * count under a bound so that a regression fails.
 */
package net.claimsnet.bench.commits;
