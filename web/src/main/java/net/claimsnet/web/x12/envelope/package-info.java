/**
 * The X12 interchange envelope every outbound transaction set travels in (ISA/GS ... GE/IEA, ST/SE):
 * parties, delimiters, control numbers and segment counts, written through StAEDI. Independent of
 * the transaction set: the 835, 271, 999 and 277CA writers supply only their bodies. Also the
 * schema-checked reading of the 270 and 835 ({@link net.claimsnet.web.x12.envelope.X12DocumentReader}):
 * transaction sets with their interchange's parties, segments counted from ISA. The 837, which is
 * acknowledged by a 999, is read by {@code x12.read} instead, with positions as a 999 counts them.
 */
package net.claimsnet.web.x12.envelope;
