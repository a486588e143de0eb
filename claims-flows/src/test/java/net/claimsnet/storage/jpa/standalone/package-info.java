/** Tests of the standalone database settings: accepted URLs and the errors for the others. */
package net.claimsnet.storage.jpa.standalone;
