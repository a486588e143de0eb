/**
 * The X12 interchange envelope every outbound transaction set travels in (ISA/GS ... GE/IEA, ST/SE):
 * parties, delimiters, control numbers and segment counts, written through StAEDI. Independent of
 * the transaction set: the 835, 271, 999 and 277CA writers supply only their bodies.
 */
package net.claimsnet.web.x12.envelope;
