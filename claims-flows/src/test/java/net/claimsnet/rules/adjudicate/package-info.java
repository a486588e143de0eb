/**
 * One test per adjudication rule (config/rules/adjudicate), the golden claims and a member's year of
 * claims; each rule fires on a claim made to trigger it and stays silent on the nearest claim that does not.
 */
package net.claimsnet.rules.adjudicate;
