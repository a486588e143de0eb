/**
 * Tests of the Drools plumbing: rule-set versions (hashes) and hot reload on a private copy of config,
 * including refusal of files that do not compile.
 */
package net.claimsnet.rules.drools;
