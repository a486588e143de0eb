/**
 * Unit tests of the admin desk's logic that needs no server: reading an enrolment CSV file and a bulk
 * enrolment as a batch job over a fake enroller (outcome per line in line order, progress, the node
 * failing, the server refusing to start it, the registry's newest-first list).
 */
package net.claimsnet.web.desk.admin;
