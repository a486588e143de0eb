/**
 * The notary's commit log ({@link net.claimsnet.storage.jpa.notary.JpaUniquenessProvider}): each
 * state ref it has seen consumed and by which transaction, and each transaction it committed. The
 * primary key on the ref is what refuses a double spend, even across notary threads or instances.
 */
package net.claimsnet.storage.jpa.notary;
