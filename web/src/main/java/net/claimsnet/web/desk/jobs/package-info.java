/**
 * Long desk work that must not block a page (batch payment, bulk enrolment): {@link
 * net.claimsnet.web.desk.jobs.BatchJobs} starts a job on the server's managed executor (a job the
 * server refuses ends at once, each item refused with why) and keeps it, so its page can show its
 * progress and per-item results, in the items' order, while it runs and after it ended.
 */
package net.claimsnet.web.desk.jobs;
