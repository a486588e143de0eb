/**
 * Reading X12 5010 interchanges: StAEDI tokenises any delimiters the ISA declares and checks the
 * envelopes (control numbers, counts); {@link net.claimsnet.web.x12.read.X12Reader} turns its events
 * into interchanges, groups and transaction sets of segments, with the syntax errors found on the way.
 */
package net.claimsnet.web.x12.read;
