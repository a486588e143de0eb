/**
 * The storage inside the node's server: the schema migrated from the node's JDBC resource when the
 * application starts, before anything reads or writes.
 */
package net.claimsnet.storage.jpa.server;
