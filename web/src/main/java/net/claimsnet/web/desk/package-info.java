/**
 * The claims desk's session: who is logged in ({@link net.claimsnet.web.desk.CurrentUser}), the login
 * form and logout, where each role's work starts, and the node the desk belongs to. The screens of each
 * role live in the sub-packages ({@code billing}, {@code adjuster}, {@code audit}, {@code admin},
 * {@code claims}); they call the same desk services as the REST API, never the ledger directly.
 */
package net.claimsnet.web.desk;
