/**
 * The notary's commit log ({@link net.claimsnet.storage.jpa.notary.JpaUniquenessProvider}): each
 * state ref it has seen consumed and by which transaction, each transaction it committed with its
 * signed request (encrypted), and the custodians of each output it committed. The primary key on the
 * ref is what refuses a double spend, even across notary threads or instances.
 */
package net.claimsnet.storage.jpa.notary;
