/** Tests of the auditor's desk without a server: the integrity verdict, the dossier PDF, the dashboard's chart data. */
package net.claimsnet.web.desk.audit;
