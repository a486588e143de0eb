/**
 * The notary's commit log: each state ref it has seen consumed and by which transaction. The
 * primary key on the ref is what refuses a double spend, even across notary instances.
 */
package net.claimsnet.storage.jpa.notary;
