/**
 * One test per scrub rule (config/rules/scrub): the rule fires on a claim made to break it, and stays
 * silent on the nearest claim that does not.
 */
package net.claimsnet.rules.scrub;
