/**
 * The X12 835 (005010X221A1) health care claim payment/advice written from settled claims on the
 * ledger: payments grouped per payer, payee and EFT trace, one transaction set each, the guide's
 * balancing rules checked on the file itself, and a reader that validates an 835 with StAEDI.
 */
package net.claimsnet.web.x12.remittance;
