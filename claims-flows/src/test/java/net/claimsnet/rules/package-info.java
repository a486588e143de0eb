/**
 * Tests of the rules port as a whole: settings, the in-memory claim history, and the check that every
 * shipped rule has its own test.
 */
package net.claimsnet.rules;
