/** Tests of the /x12 resources (roles, errors, answers) over the in-memory network, and their shared fixture. */
package net.claimsnet.web.x12;
