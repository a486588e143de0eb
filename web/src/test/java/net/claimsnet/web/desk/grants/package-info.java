/** Tests of the access grant pages' logic without a container: the issue form's checks and how a grant reads on a row. */
package net.claimsnet.web.desk.grants;
