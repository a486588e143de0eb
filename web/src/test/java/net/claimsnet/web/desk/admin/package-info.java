/**
 * Unit tests of the admin desk's logic that needs no server: reading an enrolment CSV file and the
 * bookkeeping of a bulk enrolment job (progress, per-line results) over a fake enroller.
 */
package net.claimsnet.web.desk.admin;
