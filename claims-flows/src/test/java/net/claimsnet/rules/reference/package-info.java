/** Tests of reference-data parsing: the shipped files load, and bad files are refused with file and line. */
package net.claimsnet.rules.reference;
