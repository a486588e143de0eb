/**
 * Reading X12 5010 interchanges: StAEDI tokenises any delimiters the ISA declares and checks the
 * envelopes (control numbers, counts); {@link net.claimsnet.web.x12.read.X12Reader} turns its events
 * into interchanges, groups and transaction sets of segments, with the syntax errors found on the way.
 * Used for the 837, which is acknowledged by a 999: segment positions are counted from ST, as the 999
 * counts them (the 270 and 835 are read by {@code x12.envelope.X12DocumentReader}).
 */
package net.claimsnet.web.x12.read;
