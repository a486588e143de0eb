/** Tests of the background jobs' bookkeeping, with fake work: no server, no network. */
package net.claimsnet.web.desk.jobs;
