/**
 * Writing X12 5010 through StAEDI: {@link net.claimsnet.web.x12.write.X12Writer} keeps the envelope
 * (ISA/GS/ST..SE/GE/IEA) and its counts, so that the 999, the 277CA and the 837 writers only say
 * what their segments hold.
 */
package net.claimsnet.web.x12.write;
