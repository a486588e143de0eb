/**
 * The answers to an 837: the 999 implementation acknowledgement (syntax and guide, at once) and the
 * 277CA claim acknowledgement (each claim's business result, once the network has filed or refused it).
 */
package net.claimsnet.web.x12.ack;
