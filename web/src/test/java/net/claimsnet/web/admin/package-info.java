/** Tests of the node administration API: who may call it, and what of it reaches the audit log. */
package net.claimsnet.web.admin;
