/**
 * Long desk work that must not block a page (batch payment, bulk uploads): a job's progress and
 * per-item results, kept in a registry so its page can show them while it runs and after it ended.
 */
package net.claimsnet.web.desk.jobs;
