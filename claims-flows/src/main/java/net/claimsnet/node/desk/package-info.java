/**
 * The claim desk: the application service the REST API and the desks call on a node (submit, search,
 * read, history, and each lifecycle step), scoped to what the node and the user's role may see, each
 * read of a claim's PHI written to an audit trail. Plain Java over a {@code Node}, so it runs in-JVM.
 */
package net.claimsnet.node.desk;
