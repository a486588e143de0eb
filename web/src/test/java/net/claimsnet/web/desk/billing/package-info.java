/** Tests of the billing desk's logic: form mapping, findings placement, sorting, the remittance and its exports. */
package net.claimsnet.web.desk.billing;
