/**
 * The billing staff's desk on a provider node: the claim form (check and submit, replace), the claims
 * list, the actions on a claim (answer, appeal, void, replace) and the remittance with its exports.
 * Beans stay thin: forms map to the desk's input in their own classes, and every call goes to the
 * {@link net.claimsnet.node.desk.ClaimDesk} through {@link net.claimsnet.web.desk.DeskCalls}.
 */
package net.claimsnet.web.desk.billing;
