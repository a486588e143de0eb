/**
 * The claims desk's session: who is logged in ({@link net.claimsnet.web.desk.CurrentUser}), the login
 * form and logout, where each role's work starts, the node the desk belongs to, and how screens call
 * the desk services ({@link net.claimsnet.web.desk.DeskCalls}: a refusal becomes a message on the page).
 * Each role's screens live in a sub-package ({@code billing}, {@code adjuster}, {@code audit},
 * {@code admin}), the access grant pages of the insurer's administrator and the auditor in {@code grants};
 * {@code claims} holds the claim page, the claim row, table model and filters every
 * list shares; {@code jobs} the bookkeeping of work run in the background. They call the same desk
 * services as the REST API, never the ledger directly.
 */
package net.claimsnet.web.desk;
