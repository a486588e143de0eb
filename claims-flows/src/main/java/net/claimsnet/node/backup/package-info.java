/**
 * A node's backups on disk ({@code .network/backups/<node>/<UTC time>/}: the database, the node's key
 * stores and their passwords, and a manifest with the time on the node's clock), owner-only, and the
 * marker that tells a node it was restored from one, so that it catches up from its peers as it starts.
 */
package net.claimsnet.node.backup;
