/**
 * The desk's pages of the auditor's access grants: the insurer's administrator issues and revokes them
 * (/admin/grants.xhtml), the auditor reads the ones it holds (/audit/grants.xhtml). Both call the same
 * {@code AccessGrantDesk} as /api/access-grants; the form's checks say in words what to fix before the desk is asked.
 */
package net.claimsnet.web.desk.grants;
