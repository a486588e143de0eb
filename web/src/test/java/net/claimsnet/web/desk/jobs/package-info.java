/**
 * Tests of the background jobs' bookkeeping and registry, with fake work and fake executors (one that
 * runs inline, one that queues, one that refuses): no server, no network.
 */
package net.claimsnet.web.desk.jobs;
