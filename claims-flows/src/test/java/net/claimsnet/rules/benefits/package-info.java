/** Tests of the cost-sharing arithmetic, to the cent, independent of the rule engine. */
package net.claimsnet.rules.benefits;
