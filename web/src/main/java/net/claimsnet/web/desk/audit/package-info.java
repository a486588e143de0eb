/**
 * The auditor's screens: the claim search over the auditor's scope, the audit panel of the shared
 * claim page (integrity check, read log, audit dossier as PDF), and the dashboards every claim
 * reader's home shows (counts and charts from {@code ClaimDesk.statistics}).
 */
package net.claimsnet.web.desk.audit;
