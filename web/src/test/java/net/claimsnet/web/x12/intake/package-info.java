/** Tests of filing an 837's claims through the desk: a claim sent again is accepted as filed already. */
package net.claimsnet.web.x12.intake;
