/**
 * The storage inside the node's server: the schema migrated from the node's JDBC resource when the
 * application starts, before anything reads or writes; and what the node's operator reads about
 * its machinery (flow and outbox counts, the notary's commit log), never about a claim.
 */
package net.claimsnet.storage.jpa.server;
