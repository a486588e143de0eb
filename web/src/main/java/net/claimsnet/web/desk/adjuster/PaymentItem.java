package net.claimsnet.web.desk.adjuster;

import java.io.Serializable;

/** One claim of a batch payment: its ledger id, the provider's claim id, and its own EFT trace number. */
record PaymentItem(String ledgerId, String claimId, String traceNumber) implements Serializable {
}
